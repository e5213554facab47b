/**
 * 查找 / 替换 (Ctrl+F / Ctrl+H) over the whole report: how many matches, 上一个/下一个 with the match scrolled to
 * and selected in its box, 替换 one and 全部替换. The matching is electron/core/find.ts; the editor records a
 * replacement as one undo step. Esc closes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MATCH_LIMIT, findAll, replaceMatches, type FieldRef, type Match } from '../../../electron/core/find.ts';
import type { Report } from '../../../electron/core/report-model.ts';

export interface FindRequest {
  replace: boolean;
  /** changes on every Ctrl+F, so the query box takes the focus again */
  n: number;
}

interface Props {
  report: Report;
  request: FindRequest;
  /** changes whenever the report changed, so the matches are counted again */
  version: number;
  onClose(): void;
  /** the report was changed: re-render, save, and record one undo step with this label */
  onReplaced(count: number, label: string): void;
}

/** The box in the form that shows a field. */
function boxOf(ref: FieldRef): HTMLTextAreaElement | HTMLInputElement | null {
  const q = (sel: string) => document.querySelector<HTMLTextAreaElement | HTMLInputElement>(sel);
  switch (ref.part) {
    case 'title':
      return q('#part-head textarea[aria-label="标题"]');
    case 'recipient':
      return q('#part-head input[aria-label="主送机关"]');
    case 'preamble':
      return q('#part-head textarea[aria-label="导语"]');
    case 'heading':
      return q(`#sec-${CSS.escape(ref.sectionId)} > .panel-head .heading-input`);
    case 'paragraph':
      return q(`[data-pid="${CSS.escape(ref.paragraphId)}"] textarea`);
    case 'signature':
      return document.querySelectorAll<HTMLInputElement>('#part-sign .grid3 input:not([type="date"])')[ref.index];
  }
}

/** Scroll the match into view and select it in its box. */
function show(m: Match): void {
  const box = boxOf(m.ref);
  if (!box) return;
  box.scrollIntoView({ block: 'center' });
  box.focus({ preventScroll: true });
  box.setSelectionRange(m.start, m.end);
}

function countText(query: string, matches: Match[], at: number): string {
  if (!query) return '';
  if (matches.length === 0) return '无匹配';
  const total = matches.length >= MATCH_LIMIT ? `${MATCH_LIMIT}+` : String(matches.length);
  return at >= 0 ? `第 ${at + 1} / ${total} 处` : `共 ${total} 处`;
}

/** Esc closes; Enter in the query box goes to the next match, Shift+Enter to the previous one. */
function panelKeys(input: { current: HTMLInputElement | null }, go: (step: 1 | -1) => void, onClose: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && e.target === input.current) {
      e.preventDefault();
      go(e.shiftKey ? -1 : 1);
    }
  };
}

export function FindPanel({ report, request, version, onClose, onReplaced }: Props) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [wholeWord, setWholeWord] = useState(false);
  const [replace, setReplace] = useState(request.replace);
  const [at, setAt] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findAll(report, query, { wholeWord }), [report, query, wholeWord, version]);

  useLayoutEffect(() => {
    if (request.replace) setReplace(true);
    input.current?.focus();
    input.current?.select();
  }, [request.n]);
  useEffect(() => setAt(-1), [query, wholeWord]);

  const go = (step: 1 | -1, from = at) => {
    if (matches.length === 0) return;
    const next = from < 0 ? (step === 1 ? 0 : matches.length - 1) : (from + step + matches.length) % matches.length;
    setAt(next);
    show(matches[next]);
  };
  const replaceOne = () => {
    const m = matches[at];
    if (!m) return go(1);
    replaceMatches(report, [m], replacement);
    onReplaced(1, '替换');
    // The next match is now at the same place in the list.
    const rest = findAll(report, query, { wholeWord });
    if (rest.length === 0) return setAt(-1);
    const next = at % rest.length;
    setAt(next);
    show(rest[next]);
  };
  const replaceAll = () => {
    const n = replaceMatches(report, matches, replacement);
    if (n > 0) onReplaced(n, '全部替换');
    setAt(-1);
  };
  const onKey = panelKeys(input, go, onClose);

  return (
    <div class="find-panel" role="search" aria-label="查找和替换" onKeyDown={onKey}>
      <input
        ref={input}
        type="search"
        aria-label="查找内容"
        placeholder="查找"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <span class="find-count" role="status">
        {countText(query, matches, at)}
      </span>
      <button type="button" onClick={() => go(-1)} disabled={!matches.length} title="Shift+Enter">
        上一个
      </button>
      <button type="button" onClick={() => go(1)} disabled={!matches.length} title="Enter">
        下一个
      </button>
      <label class="check">
        <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.currentTarget.checked)} />
        全字匹配
      </label>
      <ReplaceControls
        open={replace}
        onOpen={() => setReplace(true)}
        value={replacement}
        onInput={setReplacement}
        disabled={!matches.length}
        onOne={replaceOne}
        onAll={replaceAll}
      />
      <button type="button" class="link close" onClick={onClose} aria-label="关闭查找" title="Esc">
        ×
      </button>
    </div>
  );
}

interface ReplaceProps {
  open: boolean;
  onOpen(): void;
  value: string;
  onInput(value: string): void;
  disabled: boolean;
  onOne(): void;
  onAll(): void;
}

/** 替换为 with 替换 and 全部替换; folded to a 替换… link until asked for (Ctrl+H opens it). */
function ReplaceControls(p: ReplaceProps) {
  if (!p.open)
    return (
      <button type="button" class="link" onClick={p.onOpen} title="Ctrl+H">
        替换…
      </button>
    );
  return (
    <>
      <input
        type="text"
        aria-label="替换为"
        placeholder="替换为"
        value={p.value}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      <button type="button" onClick={p.onOne} disabled={p.disabled}>
        替换
      </button>
      <button type="button" onClick={p.onAll} disabled={p.disabled}>
        全部替换
      </button>
    </>
  );
}
