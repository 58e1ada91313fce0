import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every GraphQL document in the app, generated from the API as built (../graphql/schema.graphql).
 * `npm run build` runs this first: a schema change that breaks a screen breaks the web build, not the user.
 */
const config: CodegenConfig = {
  schema: '../graphql/schema.graphql',
  documents: ['src/**/*.tsx', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', BigDecimal: 'string', BigInteger: 'string' },
      },
    },
    // Every type of the schema, inputs and enums too: pure modules (roster, presets) build inputs with them.
    './src/gql/schema.ts': {
      plugins: ['typescript'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', BigDecimal: 'string', BigInteger: 'string' },
      },
    },
  },
};

export default config;
