// Imported first by main.ts: the policy is in place before any other module's code runs.
import { installPagePolicy } from './pageCsp.ts';

installPagePolicy();
