/**
 * Imported first by every command, before any schema is used. zod compiles a fast path for an object schema (with
 * new Function) the first time it parses with it; the app parses the same schemas again and again and gains, but a
 * command checks each asset and report once per run and would only pay for the compiling.
 */
import { z } from 'zod';

z.config({ jitless: true });
