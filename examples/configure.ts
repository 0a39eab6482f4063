// docs/parsing.md shows parts of this file; test/readme.test.ts keeps the two in step.
import { configure } from 'saasus-eventbridge';

configure({ jitless: true }); // no `new Function`, ever
