import { graphql } from '../gql';

/**
 * What every form reads of the API's userErrors: the field's path, the message in the reader's language
 * (the field in their words, then the problem), the problem alone (for under the field) and the code.
 */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    problem
    code
  }
`);
