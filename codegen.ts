import type { CodegenConfig } from '@graphql-codegen/cli';

// The console's types from the committed schema.graphql (`npm run codegen`; .ci/run checks that
// admin/src/generated is what this writes): the schema's enums and input types, and one typed
// document for each graphql(`…`) the console writes, so a field the schema renames or removes
// fails codegen, then `npm run typecheck` where the console reads it.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'admin/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
