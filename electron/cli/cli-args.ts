/**
 * How every command reads its arguments: the flags it knows (some take a value), `-h` / `--help` for its usage, and
 * the rest as its files. A wrong argument is a CliError with exit code 2 whose message ends with the usage. Each
 * command keeps its own words for a missing value; only the walk over the arguments is shared.
 */
import { CliError } from './cli-run.ts';

/**
 * A flag's value: `missing` is the complaint when it is absent or empty, else `set` gets it; or `check`, for a flag
 * that judges what it gets itself, absent (undefined) or not.
 */
export type ValueFlag =
  { missing: string; set: (value: string) => void } | { check: (value: string | undefined) => void };

export interface ArgSpec {
  /** the command's usage: shown for -h / --help and after every complaint */
  usage: string;
  /** flags without a value */
  switches?: Record<string, () => void>;
  /** flags with a value: the next argument, or with `inline` also what follows `--name=` */
  values?: Record<string, ValueFlag>;
  inline?: boolean;
  /**
   * An argument that is no flag. By default one that starts with `-` (other than `-` alone) is an unknown option and
   * anything else is a file; a command with other rules adds it to `files` or throws itself.
   */
  other?: (arg: string, files: string[]) => void;
}

/** A wrong argument: the message, then the usage; exit code 2. */
export function argError(message: string, usage: string): CliError {
  return new CliError(`${message}\n${usage}`, 2);
}

export function unknownOption(arg: string, usage: string): CliError {
  return argError(`未知选项 / unknown option: ${arg}`, usage);
}

/** The usual complaint of a flag given without its value. */
export const needsValue = (flag: string) => `${flag} 需要一个值 / ${flag} needs a value`;

/** Walk `argv`: each flag goes to its handler, in order; the files are returned. */
export function readArgs(argv: readonly string[], spec: ArgSpec): string[] {
  const files: string[] = [];
  const other =
    spec.other ??
    ((a: string) => {
      if (a.startsWith('-') && a !== '-') throw unknownOption(a, spec.usage);
      files.push(a);
    });
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = spec.inline && a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const flag = spec.values && Object.hasOwn(spec.values, name) ? spec.values[name] : undefined;
    if (a === '-h' || a === '--help') throw new CliError(spec.usage, 2);
    else if (spec.switches && Object.hasOwn(spec.switches, a)) spec.switches[a]();
    else if (flag) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if ('check' in flag) flag.check(value);
      else if (!value) throw argError(flag.missing, spec.usage);
      else flag.set(value);
    } else other(a, files);
  }
  return files;
}

/**
 * The files of a command that writes one output from one input, or, given an output folder, a file from each of
 * its inputs.
 */
export function checkFileCount(files: readonly string[], outDir: string | undefined, usage: string): void {
  if (outDir !== undefined && !files.length) throw argError('缺少输入文件 / no input files given', usage);
  if (outDir === undefined && files.length !== 2)
    throw argError('需要输入和输出两个文件 / expected an input and an output file', usage);
}
