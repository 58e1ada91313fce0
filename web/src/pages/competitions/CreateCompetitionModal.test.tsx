import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { ViewerProvider } from '../../layout/viewer';
import { CreateCompetitionModal } from './CreateCompetitionModal';

function clientAnswering(data: unknown) {
  const executeMutation = vi.fn(() => fromValue({ data }));
  return { client: { executeMutation } as unknown as Client, executeMutation };
}

/** 济南's organizer: one organization where they organize, which the form picks by itself. */
const cityOrganizer = {
  username: 'jinan-organizer',
  roles: ['organizer'],
  grants: [{ role: 'ORGANIZER', organization: { id: 'Organization:2', name: '济南市总工会' } }],
  loading: false,
};

function renderModal(client: Client, onCreated = vi.fn()) {
  render(
    <Provider value={client}>
      <ViewerProvider value={cityOrganizer}>
        <App>
          <CreateCompetitionModal open onClose={vi.fn()} onCreated={onCreated} />
        </App>
      </ViewerProvider>
    </Provider>,
  );
  return onCreated;
}

// antd's form validates and renders asynchronously: under a full parallel test run that takes more than a second
const slow = { timeout: 10_000 };

const createButton = () => screen.getByRole('button', { name: /^创\s?建$/ });

describe('CreateCompetitionModal', { timeout: 30_000 }, () => {
  it('checks the form before sending: no name, no call', async () => {
    const { client, executeMutation } = clientAnswering({});
    renderModal(client);

    fireEvent.click(createButton());

    expect(await screen.findByText('请填写竞赛名称', {}, slow)).toBeDefined();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it("shows the API's userErrors next to the field they name, the rest above the form", async () => {
    const { client, executeMutation } = clientAnswering({
      createCompetition: {
        competition: null,
        userErrors: [
          { field: ['organizerName'], message: '主办单位：太长', problem: '太长', code: 'INVALID' },
          { field: null, message: '需要以下角色之一：组织者', problem: '需要以下角色之一：组织者', code: 'FORBIDDEN' },
        ],
      },
    });
    const onCreated = renderModal(client);

    fireEvent.change(screen.getByLabelText('竞赛名称'), { target: { value: '全市职工职业技能大赛' } });
    fireEvent.change(screen.getByLabelText('主办单位'), { target: { value: '市总工会' } });
    fireEvent.click(createButton());

    expect(await screen.findByText('太长', {}, slow)).toBeDefined();
    expect(screen.getByText('需要以下角色之一：组织者')).toBeDefined();
    const input = (executeMutation.mock.calls[0] as unknown[])[0] as { variables: { input: Record<string, unknown> } };
    expect(input.variables.input).toMatchObject({
      organizationId: 'Organization:2',
      name: '全市职工职业技能大赛',
      kind: 'SKILL',
      level: 'ENTERPRISE',
      organizerName: '市总工会',
      resultsVisibility: 'LIVE',
    });
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('hands over the new competition', async () => {
    const { client } = clientAnswering({ createCompetition: { competition: { id: 'Q29tcGV0aXRpb246MQ', name: '大赛' }, userErrors: [] } });
    const onCreated = renderModal(client);

    fireEvent.change(screen.getByLabelText('竞赛名称'), { target: { value: '大赛' } });
    fireEvent.click(createButton());

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('Q29tcGV0aXRpb246MQ'), slow);
  });
});
