import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createReport } from '../../electron/core/catalogue.ts';
import { History, HISTORY_LIMIT, snapshot } from '../../electron/core/history.ts';
import { walkSections, type Report } from '../../electron/core/report-model.ts';

function report(): Report {
  const r = createReport({ unitName: '青石镇', county: '云岭县', year: 2025 });
  const first = r.sections[0];
  first.paragraphs = [
    { id: 'p1', text: '青石镇召开党委会专题学法。' },
    { id: 'p2', text: '青石镇建立法律顾问制度。' },
  ];
  return r;
}

const texts = (r: Report) => [...walkSections(r.sections)].flatMap((w) => w.section.paragraphs.map((p) => p.text));

describe('snapshot', () => {
  test('an unchanged report gives back the same snapshot; a change shares every untouched part', () => {
    const r = report();
    const a = snapshot(r);
    assert.equal(snapshot(r, a), a);
    r.sections[0].paragraphs[1].text = '青石镇聘请法律顾问2名。';
    const b = snapshot(r, a);
    assert.notEqual(b, a);
    assert.notEqual(b.sections[0], a.sections[0]);
    assert.equal(b.sections[0].paragraphs[0], a.sections[0].paragraphs[0]);
    assert.equal(b.sections[1], a.sections[1]);
    assert.equal(b.signature, a.signature);
    assert.ok(Object.isFrozen(b.sections[0].paragraphs[1]));
  });

  test('a moved section is matched by id and shared, not copied', () => {
    const r = report();
    const a = snapshot(r);
    const [s0, s1] = r.sections;
    r.sections.splice(0, 2, s1, s0);
    const b = snapshot(r, a);
    assert.equal(b.sections[0], a.sections[1]);
    assert.equal(b.sections[1], a.sections[0]);
  });

  test('a key that went, or came, makes a new object; the parts beside it stay shared', () => {
    const r = report();
    r.sections[0].paragraphs[0].inherited = true;
    const a = snapshot(r);
    delete r.sections[0].paragraphs[0].inherited;
    const b = snapshot(r, a);
    assert.deepEqual(b.sections[0].paragraphs[0], { id: 'p1', text: '青石镇召开党委会专题学法。' });
    assert.equal(b.sections[0].paragraphs[1], a.sections[0].paragraphs[1]);
    r.sections[0].paragraphs[1].inherited = true;
    const c = snapshot(r, b);
    assert.equal(c.sections[0].paragraphs[1].inherited, true);
    assert.equal(c.sections[0].paragraphs[0], b.sections[0].paragraphs[0]);
  });

  test('after any run of edits a snapshot is the report, and shares every paragraph that did not change', () => {
    const r = report();
    let x = 11;
    const random = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    let prev = snapshot(r);
    for (let i = 0; i < 300; i++) {
      const sections = [...walkSections(r.sections)].map((w) => w.section);
      const s = sections[Math.floor(random() * sections.length)];
      const pick = random();
      if (pick < 0.35 && s.paragraphs.length) s.paragraphs[Math.floor(random() * s.paragraphs.length)].text += '改';
      else if (pick < 0.5)
        s.paragraphs.splice(Math.floor(random() * (s.paragraphs.length + 1)), 0, { id: `n${i}`, text: '新' });
      else if (pick < 0.6) s.paragraphs.splice(Math.floor(random() * s.paragraphs.length), 1);
      else if (pick < 0.7) r.sections.push(r.sections.shift()!);
      else if (pick < 0.8 && s.paragraphs.length) {
        const p = s.paragraphs[0];
        if (p.inherited) delete p.inherited;
        else p.inherited = true;
      } else if (pick < 0.9) r.preamble += '。';
      const next = snapshot(r, prev);
      const content = snapshot(structuredClone(r));
      assert.deepEqual(next, content, `the snapshot is the report after edit ${i}`);
      const before = new Map(
        [...walkSections(prev.sections)].flatMap((w) => w.section.paragraphs.map((p) => [p.id, p])),
      );
      for (const w of walkSections(next.sections))
        for (const p of w.section.paragraphs) {
          const old = before.get(p.id);
          if (old && JSON.stringify(old) === JSON.stringify(p)) assert.equal(p, old, `paragraph ${p.id} shared`);
          assert.ok(Object.isFrozen(p));
        }
      prev = next;
    }
  });

  test('the live report never shares objects with a snapshot', () => {
    const r = report();
    const h = new History(r);
    r.title = '青石镇报告';
    h.commit(r);
    h.undo(r);
    r.sections[0].paragraphs[0].text = '改过';
    h.redo(r);
    assert.equal(r.title, report().title);
  });
});

describe('History', () => {
  test('undo and redo walk the steps and write them back into the report', () => {
    const r = report();
    const h = new History(r);
    const before = structuredClone(r);
    r.sections[0].paragraphs.splice(0, 1);
    h.commit(r, '删除段落');
    r.marks.chief = { state: 'confirmed' };
    r.signature.units = ['青石镇人民政府'];
    h.commit(r, '落款');
    assert.equal(h.undoLabel, '落款');
    assert.ok(h.undo(r));
    assert.deepEqual(r.marks, {});
    assert.deepEqual(r.signature.units, before.signature.units);
    assert.equal(h.undoLabel, '删除段落');
    assert.ok(h.undo(r));
    assert.deepEqual(r, before);
    assert.equal(h.canUndo, false);
    assert.equal(h.undo(r), false);
    assert.ok(h.redo(r));
    assert.deepEqual(texts(r), ['青石镇建立法律顾问制度。']);
    assert.ok(h.redo(r));
    assert.deepEqual(r.marks, { chief: { state: 'confirmed' } });
    assert.equal(h.canRedo, false);
  });

  test('undo takes uncommitted changes as a step of their own, so redo brings them back', () => {
    const r = report();
    const h = new History(r);
    r.preamble = '青石镇导语';
    assert.ok(h.undo(r));
    assert.equal(r.preamble, '');
    assert.ok(h.redo(r));
    assert.equal(r.preamble, '青石镇导语');
  });

  test('a new change after undo drops the redo steps', () => {
    const r = report();
    const h = new History(r);
    const original = r.recipient;
    r.recipient = '云岭县委：';
    h.commit(r);
    h.undo(r);
    r.recipient = '云岭县人民政府：';
    assert.equal(h.redo(r), false);
    assert.equal(r.recipient, '云岭县人民政府：');
    assert.equal(h.canRedo, false);
    h.undo(r);
    assert.equal(r.recipient, original);
  });

  test('commit with nothing changed records nothing; matches tells a report changed elsewhere', () => {
    const r = report();
    const h = new History(r);
    assert.equal(h.commit(r), false);
    assert.equal(h.canUndo, false);
    assert.ok(h.matches(structuredClone(r)));
    const other = structuredClone(r);
    other.title = '别处改过';
    assert.equal(h.matches(other), false);
    // The save's timestamp is not content.
    other.title = r.title;
    other.updatedAt = '2026-02-01T00:00:00.000Z';
    assert.ok(h.matches(other));
  });

  test('the history keeps at most HISTORY_LIMIT steps', () => {
    const r = report();
    const h = new History(r);
    for (let i = 0; i <= HISTORY_LIMIT + 5; i++) {
      r.preamble = `第${i}稿`;
      h.commit(r);
    }
    let n = 0;
    while (h.undo(r)) n++;
    assert.equal(n, HISTORY_LIMIT);
    assert.equal(r.preamble, '第5稿');
  });
});
