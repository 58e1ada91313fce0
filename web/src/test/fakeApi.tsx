import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Client, makeErrorResult, makeResult, Provider, type Exchange, type Operation } from 'urql';
import { filter, fromPromise, makeSubject, map, mergeMap, pipe, type Subject } from 'wonka';
import { ViewerProvider, type Viewer } from '../layout/viewer';

/** A response with top-level GraphQL errors and no data: a fault, or a query a business rule refused (extensions.refusal). */
export class ErrorsAnswer extends Error {
  constructor(readonly errors: { message: string; path?: string[]; extensions?: Record<string, unknown> }[]) {
    super(errors[0]?.message);
  }
}

/** What the fake API answers an operation with: data, an Error for a network failure, or GraphQL errors (ErrorsAnswer). */
export type Answer = Record<string, unknown> | Error;

/**
 * A real urql client whose every operation is answered by `answer` (by operation name): the screens
 * run their real documents, cache and mutations, without a server. `operations` records what was sent.
 */
export function fakeApi(answer: (name: string, variables: Record<string, unknown>) => Answer | Promise<Answer>) {
  const operations: { name: string; variables: Record<string, unknown> }[] = [];
  /** Subscriptions by operation name: push data with `subscriptions.get(name)!.next(data)`. */
  const subscriptions = new Map<string, Subject<Record<string, unknown>>>();
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation: Operation) => operation.kind !== 'teardown'),
      mergeMap((operation: Operation) => {
        const definition = operation.query.definitions.find((d) => d.kind === 'OperationDefinition');
        const name = definition && 'name' in definition ? (definition.name?.value ?? '') : '';
        const variables = (operation.variables ?? {}) as Record<string, unknown>;
        operations.push({ name, variables });
        if (operation.kind === 'subscription') {
          const subject = subscriptions.get(name) ?? makeSubject<Record<string, unknown>>();
          subscriptions.set(name, subject);
          return pipe(
            subject.source,
            map((data) => makeResult(operation, { data })),
          );
        }
        return fromPromise(
          Promise.resolve(answer(name, variables)).then((result) =>
            result instanceof ErrorsAnswer
              ? makeResult(operation, { data: null, errors: result.errors })
              : result instanceof Error
                ? makeErrorResult(operation, result)
                : makeResult(operation, { data: result }),
          ),
        );
      }),
    );
  const client = new Client({ url: '/graphql', exchanges: [exchange] });
  return { client, operations, subscriptions };
}

/** Renders a screen at a path, inside the app's providers (router, urql, antd App, the viewer). */
export function renderAt(
  client: Client,
  path: string,
  route: string,
  screen: ReactNode,
  viewer: Omit<Viewer, 'grants'> & { grants?: Viewer['grants'] } = { username: 'judge', roles: ['judge'], loading: false },
) {
  return (
    <AntApp>
      <ViewerProvider value={{ grants: [], ...viewer }}>
        <Provider value={client}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path={route} element={screen} />
            </Routes>
          </MemoryRouter>
        </Provider>
      </ViewerProvider>
    </AntApp>
  );
}
