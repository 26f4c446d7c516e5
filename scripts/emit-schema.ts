// Writes schema.graphql from the code: npm run schema. CI re-runs it and fails on a diff.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printSchemaSdl } from '../server/schema';

printSchemaSdl()
  .then((sdl) => {
    writeFileSync('schema.graphql', sdl);
    console.log('schema.graphql written');
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
