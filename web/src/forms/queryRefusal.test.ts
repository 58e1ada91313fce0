import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryRefusal } from './queryRefusal';

describe('queryRefusal', () => {
  it('reads the refusal the service puts in a top-level error', () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('There is no round "semi"', { extensions: { refusal: { code: 'NOT_FOUND', field: ['round'] } } })],
    });
    expect(queryRefusal(error)).toEqual({ code: 'NOT_FOUND', field: ['round'] });
  });

  it('finds none in a fault, whatever its message says', () => {
    const fault = new CombinedError({ graphQLErrors: [new GraphQLError('no round', { extensions: { refusal: null } })] });
    expect(queryRefusal(fault)).toBeUndefined();
    expect(queryRefusal(new CombinedError({ networkError: new Error('Failed to fetch') }))).toBeUndefined();
    expect(queryRefusal(undefined)).toBeUndefined();
  });
});
