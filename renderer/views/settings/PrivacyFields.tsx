/** The county's own words for the 保密审查 of the public version: one word a line, added to the built-in list. */
import type { Settings } from '../../../electron/core/settings.ts';

interface Props {
  s: Settings;
  setS(s: Settings): void;
}

/** The words as saved: trimmed, no empty lines, no repeats. */
export function cleanWords(words: readonly string[] | undefined): string[] {
  return [...new Set((words ?? []).map((w) => w.trim()).filter(Boolean))];
}

export function PrivacyFields({ s, setS }: Props) {
  return (
    <>
      <h2>公开版保密审查</h2>
      <label>
        县里补充的敏感词（每行一个，公开前的审查会逐一查出）
        <textarea
          name="privacyWords"
          rows={4}
          value={(s.privacyWords ?? []).join('\n')}
          onInput={(e) => setS({ ...s, privacyWords: e.currentTarget.value.split('\n') })}
        />
      </label>
    </>
  );
}
