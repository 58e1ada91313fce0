import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageSwitch } from './LanguageSwitch';
import { UserBadge } from './UserBadge';

const organizer = { givenName: '明华', familyName: '李', username: 'organizer' };

describe('UserBadge', () => {
  it('shows the name family-first, the username and the roles in Chinese by default', () => {
    render(<UserBadge {...organizer} roles={['organizer', 'chief-judge']} />);

    expect(screen.getByTestId('person-name').textContent).toBe('李明华');
    expect(screen.getByText('@organizer')).toBeDefined();
    expect(screen.getByText('组织者')).toBeDefined();
    expect(screen.getByText('裁判长')).toBeDefined();
  });

  it("leaves out Keycloak's own roles and shows Biwu's in a fixed order", () => {
    render(<UserBadge {...organizer} roles={['default-roles-biwu', 'partner', 'offline_access', 'hr']} />);

    const tags = screen.getByLabelText('角色').querySelectorAll('.ant-tag');
    expect(Array.from(tags, (tag) => tag.textContent)).toEqual(['人力资源', '合作系统']);
  });

  it('names every Biwu role in Chinese and in English', async () => {
    const allRoles = ['organizer', 'chief-judge', 'judge', 'scorekeeper', 'hr', 'competitor', 'viewer', 'partner'];
    render(
      <>
        <LanguageSwitch />
        <UserBadge {...organizer} roles={allRoles} />
      </>,
    );
    const shownRoles = () => Array.from(document.querySelectorAll('.ant-tag'), (tag) => tag.textContent);
    expect(shownRoles()).toEqual(['组织者', '裁判长', '裁判员', '记分员', '人力资源', '选手', '观众', '合作系统']);

    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });

    expect(shownRoles()).toEqual([
      'Organizer',
      'Chief judge',
      'Judge',
      'Scorekeeper',
      'HR',
      'Competitor',
      'Viewer',
      'Partner system',
    ]);
  });

  it('switches to English, keeps a Chinese name family-first, and remembers the choice', async () => {
    render(
      <>
        <LanguageSwitch />
        <UserBadge {...organizer} roles={['organizer']} />
      </>,
    );

    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });

    expect(screen.getByTestId('person-name').textContent).toBe('李明华');
    expect(screen.getByText('Organizer')).toBeDefined();
    expect(screen.queryByText('组织者')).toBeNull();
    expect(window.localStorage.getItem('biwu.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('writes a name in Latin script given name first, in both languages', async () => {
    render(
      <>
        <LanguageSwitch />
        <UserBadge givenName="Anna" familyName="Müller" username="judge2" roles={['judge']} />
      </>,
    );
    expect(screen.getByTestId('person-name').textContent).toBe('Anna Müller');

    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });

    expect(screen.getByText('Judge')).toBeDefined();
    expect(screen.getByTestId('person-name').textContent).toBe('Anna Müller');
  });

  it('shows a spinner instead of roles while the API answers', () => {
    render(<UserBadge {...organizer} rolesLoading />);

    expect(screen.getByLabelText('正在读取用户信息…')).toBeDefined();
    expect(document.querySelectorAll('.ant-tag')).toHaveLength(0);
  });
});
