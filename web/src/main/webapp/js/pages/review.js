// The review queue — the product. One flagged answer at a time: the crop of the sheet where it was
// written, the text as read, the accepted answers and the reason; one key decides. Identical
// readings are grouped: one decision can apply to the whole group, and each member is still shown
// and can be decided on its own. Decisions are saved at once; z undoes the last one.

import { get, post, del } from '../api.js';
import { h, fill, pageTitle, errorBox, score, plural, toast, button, num } from '../dom.js';
import { navigate } from '../app.js';

const REASONS = {
  low_confidence: 'The reader was unsure of the letters.',
  near_miss: 'Close to an accepted answer, but not the same.',
  not_found: 'No answer was found for this question on the sheet.',
  unparsed: 'A line could not be matched to a question number with certainty.',
  readers_disagree: 'The readers read different things: see what each one read.',
};

const ENGINES = { tesseract: 'Tesseract', 'ppocr-v4': 'PP-OCR v4', 'ppocr-v3': 'PP-OCR v3' };

// One reader's reading: its text, who read it, how sure it was and, where the key was scored
// against what this reader's model saw, how that score came out (0: the key is as likely as
// what the model read; every 2.3 below it, ten times less likely).
function readerItem(r) {
  const parts = [ENGINES[r.engine] || r.engine];
  if (r.confidence != null) parts.push(`confidence ${Math.round(r.confidence)}`);
  return h('li.reader', { dataset: { engine: r.engine } },
    h('span.mono.reader-text', r.text || '—'),
    h('span.muted', ` · ${parts.join(', ')}`),
    r.key_score != null
      ? h('span.key-score', { title: 'How likely the accepted answer is in what this reader saw, against its own reading: 0 = as likely, −2.3 = ten times less likely' },
        ` · key score ${r.key_score.toFixed(1).replace('-', '−')}`)
      : null);
}

const KEYS = [
  ['c', 'correct'],
  ['x', 'wrong'],
  ['e', 'edit the text (graded against the key)'],
  ['g', 'then c or x: decide the whole group'],
  ['z', 'undo the last decision'],
  ['→ / j', 'next answer'],
  ['← / k', 'previous answer'],
  ['o', 'open the whole sheet'],
  ['?', 'show this keymap'],
];

const keyOf = (a) => `${a.submission_id}|${a.q}`;

export async function render(main, params, _session, query) {
  const quizId = params.id;
  const jobId = query.get('job_id');
  let quiz;
  let data;
  try {
    [quiz, data] = await Promise.all([
      get(`/quizzes/${encodeURIComponent(quizId)}`),
      get(`/quizzes/${encodeURIComponent(quizId)}/review${jobId ? `?job_id=${encodeURIComponent(jobId)}` : ''}`),
    ]);
  } catch (e) {
    main.append(pageTitle('Review'), errorBox(e));
    return null;
  }

  // One flat sequence through the groups; each entry knows its group.
  const flat = [];
  data.groups.forEach((g, gi) => g.answers.forEach((a, ai) => flat.push({ g, gi, a, ai })));
  const decided = new Map(); // answer key → {correct, text}
  const scores = new Map(); // submission id → {score, max_score}
  const history = []; // [{entries: [{a, prev}], cursor}]
  let remaining = data.remaining;
  let cur = 0;
  let groupArmed = false;
  let busy = false;

  const count = h('span.review-count', { id: 'review-remaining', 'aria-live': 'polite' });
  const saved = h('span.muted.keys-hint', { id: 'review-saved' });
  const cropBox = h('div.crop-box');
  const details = h('dl.read-as');
  const groupBox = h('section.panel');
  const decideBox = h('div.decide');
  const armed = h('div.alert.alert-warn', { hidden: true, id: 'group-armed' });
  const position = h('span.muted');
  const keymap = h('dialog', { id: 'keymap', 'aria-label': 'Keyboard shortcuts' },
    h('h2', 'Keyboard'), h('dl.keymap', KEYS.map(([k, w]) => [h('dt', h('kbd', k)), h('dd', w)])),
    h('form', { method: 'dialog' }, h('button', { type: 'submit' }, 'Close')));
  const sheetDialog = h('dialog.wide', { id: 'sheet-dialog', 'aria-label': 'Whole sheet' });
  const editInput = h('input', { id: 'edit-text', name: 'text', autocomplete: 'off' });
  const editDialog = h('dialog', { id: 'edit-dialog', 'aria-labelledby': 'edit-title' },
    h('form', { method: 'dialog', onsubmit: (e) => { e.preventDefault(); editDialog.close(); decide({ text: editInput.value.trim() }); } },
      h('h2', { id: 'edit-title' }, 'Correct the reading'),
      h('div.field', h('label', { for: 'edit-text' }, 'What the student wrote'), editInput,
        h('small.hint', 'Saved as your reading and graded against the key.')),
      h('div.row', h('button.primary', { type: 'submit' }, 'Save'), h('button', { type: 'button', onclick: () => editDialog.close() }, 'Cancel'))));

  const layout = h('div.review',
    h('div', cropBox, details),
    h('aside', h('div.panel.decide-panel', armed, decideBox, saved), groupBox,
      h('div.panel', h('h3', 'Keys'), h('dl.keymap', KEYS.slice(0, 8).map(([k, w]) => [h('dt', h('kbd', k)), h('dd', w)])))));
  const top = h('div.review-top', count, position, h('span.spacer'),
    button('Keys (?)', () => keymap.showModal(), 'small hide-phone'),
    h('a.button.small', { href: `#/quizzes/${quizId}/results` }, 'Results'));

  main.append(pageTitle(`Review · ${quiz.title}`), top);
  main.append(keymap, sheetDialog, editDialog);
  if (!flat.length) {
    main.append(doneState());
    return null;
  }
  main.append(layout);

  function doneState() {
    return h('div.panel.done-panel', { id: 'review-done' },
      h('h2', remaining > 0 ? 'Every answer on this page has a decision' : 'Nothing left to review'),
      remaining > 0 ? h('p', `${remaining} more arrived since the page opened. `, button('Load them', () => navigate(location.hash))) : null,
      h('p.muted', jobId ? 'Every flagged answer of this upload has a decision.' : 'Every flagged answer of this quiz has a decision.'),
      h('div.row', h('a.button.primary', { href: `#/quizzes/${quizId}/results` }, 'See the results'),
        h('a.button', { href: `#/upload?quiz=${quizId}` }, 'Upload more sheets')));
  }

  function isDecided(e) {
    return decided.has(keyOf(e.a));
  }

  function showCount() {
    fill(count, remaining === 0 ? 'All decided' : `${remaining} to review`);
    count.classList.toggle('zero', remaining === 0);
    count.dataset.remaining = remaining;
  }

  function decisionChip(d) {
    if (!d) return h('span.chip.chip-review', 'to review');
    if (d.text !== undefined && d.correct === undefined) return h('span.chip.chip-other', `edited: ${d.text}`);
    return h(`span.chip.chip-${d.correct ? 'right' : 'wrong'}`, d.correct ? 'right' : 'wrong');
  }

  /**
   * The answer's crop, trimmed to the writing and drawn big: the server's crop spans the full line
   * width, while the writing often fills a third of it. Falls back to the plain image.
   */
  function bigCrop(a) {
    const img = cropImg(a);
    const canvas = h('canvas.crop-canvas', { role: 'img', 'aria-label': img.alt });
    const probe = new Image();
    probe.onload = () => {
      const w = probe.naturalWidth;
      const hgt = probe.naturalHeight;
      const c = document.createElement('canvas');
      c.width = w;
      c.height = hgt;
      const g = c.getContext('2d', { willReadFrequently: true });
      g.drawImage(probe, 0, 0);
      const px = g.getImageData(0, 0, w, hgt).data;
      let minX = w;
      let maxX = -1;
      for (let y = 0; y < hgt; y += 2) {
        for (let x = 0; x < w; x += 2) {
          const i = (y * w + x) * 4;
          if (px[i] + px[i + 1] + px[i + 2] < 300) {
            if (x < minX) minX = x;
            if (x > maxX) maxX = x;
          }
        }
      }
      if (maxX < 0) return; // blank: keep the plain image
      const pad = Math.round(hgt * 0.3);
      const x0 = Math.max(0, minX - pad);
      const x1 = Math.min(w, maxX + pad);
      canvas.width = x1 - x0;
      canvas.height = hgt;
      canvas.getContext('2d').drawImage(probe, x0, 0, x1 - x0, hgt, 0, 0, x1 - x0, hgt);
      if (img.isConnected) img.replaceWith(canvas);
    };
    probe.src = img.src;
    return img;
  }

  function cropImg(a, cls) {
    if (a.has_box) return h(`img${cls ? '.' + cls : ''}`, { src: a.crop_url, alt: `Answer ${a.q} of ${a.student_name || 'a student'} as written on the sheet` });
    return h(`img${cls ? '.' + cls : ''}`, { src: `${a.sheet_url}?width=900`, alt: `The whole sheet of ${a.student_name || 'a student'}` });
  }

  function prefetch() {
    for (let i = cur + 1; i <= cur + 4 && i < flat.length; i++) {
      const a = flat[i].a;
      const img = new Image();
      img.src = a.has_box ? a.crop_url : `${a.sheet_url}?width=900`;
    }
  }

  function show() {
    const e = flat[cur];
    const { g, a } = e;
    const d = decided.get(keyOf(a));
    showCount();
    fill(position, `Answer ${cur + 1} of ${flat.length} · question ${g.q} · group ${e.gi + 1} of ${data.groups.length}`);
    layout.dataset.submissionId = a.submission_id;
    layout.dataset.q = a.q;
    layout.dataset.group = g.key;
    cropBox.classList.toggle('whole', !a.has_box);
    fill(cropBox, a.has_box ? bigCrop(a) : [cropImg(a), h('p.crop-note', 'No position is known for this answer: the whole sheet.')]);
    const readings = (a.readings || []).filter((r) => r && r.text !== undefined);
    const sc = scores.get(a.submission_id);
    fill(details,
      h('dt', 'Read as'), h('dd', a.text ? h('span.read-text', { id: 'read-text' }, a.text) : h('span.read-text.none', { id: 'read-text' }, 'nothing read')),
      readings.length ? [h('dt', 'Readers'), h('dd', h('ul.plain.readers', { id: 'readers' }, readings.map(readerItem)))] : null,
      h('dt', 'Accepted'), h('dd', h('div.accepted', (g.accepted || []).map((t) => h('span', t)))),
      h('dt', 'Why flagged'), h('dd', REASONS[a.reason || g.reason] || a.reason || g.reason, a.confidence != null ? h('span.muted', ` (confidence ${Math.round(a.confidence)})`) : null),
      h('dt', 'Question'), h('dd', `${g.q} · worth ${num(g.points)} ${g.points === 1 ? 'point' : 'points'}`),
      h('dt', 'Student'), h('dd', a.student_name || h('span.muted', 'name not read'), sc ? h('span.muted', ` · now ${score(sc.score, sc.max_score)}`) : null,
        ' · ', h('a', { href: `#/sheets/${a.submission_id}` }, 'marked sheet')),
      h('dt', 'Decision'), h('dd', { id: 'current-decision' }, decisionChip(d)));

    const undecidedInGroup = g.answers.filter((x) => !decided.has(keyOf(x))).length;
    fill(decideBox,
      button(['Correct ', h('kbd', 'c')], () => decide({ correct: true }), 'yes', { id: 'btn-correct' }),
      button(['Wrong ', h('kbd', 'x')], () => decide({ correct: false }), 'no', { id: 'btn-wrong' }),
      button(['Edit text ', h('kbd', 'e')], openEdit, 'wide'),
      g.answers.length > 1 ? [
        button(`All ${undecidedInGroup} correct`, () => decide({ correct: true }, true), 'yes small', { disabled: !undecidedInGroup, id: 'btn-group-correct' }),
        button(`All ${undecidedInGroup} wrong`, () => decide({ correct: false }, true), 'no small', { disabled: !undecidedInGroup, id: 'btn-group-wrong' }),
      ] : null,
      button(['Undo ', h('kbd', 'z')], undo, 'small', { disabled: !history.length }),
      button(['Sheet ', h('kbd', 'o')], openSheet, 'small'));

    fill(groupBox,
      h('h3', g.answers.length > 1 ? [`Group: ${plural(g.answers.length, 'answer')} read as `, g.text ? `“${g.text}”` : 'nothing'] : 'Alone in its group'),
      g.answers.length > 1 ? h('p.keys-hint', 'Press ', h('kbd', 'g'), ' then ', h('kbd', 'c'), ' or ', h('kbd', 'x'), ' to decide every undecided one at once; each can still be changed on its own.') : null,
      h('ul.group-list', { id: 'group-list' }, g.answers.map((x) => {
        const idx = flat.findIndex((f) => f.a === x);
        return h(`li${x === a ? '.current' : ''}`, { dataset: { key: keyOf(x) } },
          h('button.linklike.name', { type: 'button', title: 'Show this answer', 'aria-current': x === a ? 'true' : null, onclick: () => { cur = idx; show(); } },
            x.student_name || `sheet ${x.submission_id}`),
          decisionChip(decided.get(keyOf(x))));
      })));
    prefetch();
  }

  function nextUndecided(from) {
    for (let i = from + 1; i < flat.length; i++) if (!isDecided(flat[i])) return i;
    for (let i = 0; i < from; i++) if (!isDecided(flat[i])) return i;
    return -1;
  }

  async function decide(decision, wholeGroup = false) {
    if (busy) return;
    const e = flat[cur];
    const targets = wholeGroup ? e.g.answers.filter((x) => !decided.has(keyOf(x)) || x === e.a) : [e.a];
    if (!targets.length) return;
    groupArmed = false;
    armed.hidden = true;
    busy = true;
    const t0 = performance.now();
    try {
      const body = { answers: targets.map((x) => ({ submission_id: x.submission_id, q: x.q })), ...decision };
      const r = await post(`/quizzes/${encodeURIComponent(quizId)}/review/decisions`, body);
      const ms = Math.round(performance.now() - t0);
      history.push({ entries: targets.map((x) => ({ a: x, prev: decided.get(keyOf(x)) })), cursor: cur });
      for (const x of targets) decided.set(keyOf(x), { ...decision });
      for (const s of r.submissions || []) scores.set(s.submission_id, s);
      // The server counts the whole quiz; a page limited to one upload counts its own.
      remaining = jobId ? data.remaining - decided.size : r.remaining;
      fill(saved, `Saved ${plural(targets.length, 'decision')} in ${ms} ms`);
      saved.dataset.ms = ms;
      if (decision.text !== undefined) refreshEdited(targets);
      const n = nextUndecided(cur);
      if (n < 0) {
        layout.replaceWith(doneState());
        showCount();
        return;
      }
      cur = n;
      show();
    } catch (err) {
      toast(err.message, 'error');
    } finally {
      busy = false;
    }
  }

  /** After an edited reading the server graded it: show what it decided. */
  async function refreshEdited(targets) {
    for (const x of targets) {
      try {
        const s = await get(`/submissions/${x.submission_id}`);
        const ans = s.answers.find((y) => y.q === x.q);
        if (ans) decided.set(keyOf(x), { correct: ans.correct === true, text: ans.text });
        scores.set(x.submission_id, { score: s.score, max_score: s.max_score });
      } catch (e) {
        /* the decision stands; only its display is less precise */
      }
    }
    if (layout.isConnected) show();
  }

  async function undo() {
    if (busy || !history.length) return;
    const last = history.pop();
    busy = true;
    try {
      const back = last.entries.filter((x) => !x.prev);
      let r = null;
      for (const x of back) {
        r = await del(`/submissions/${x.a.submission_id}/answers/${x.a.q}/override`);
        decided.delete(keyOf(x.a));
      }
      const again = last.entries.filter((x) => x.prev);
      for (const x of again) {
        r = await post(`/quizzes/${encodeURIComponent(quizId)}/review/decisions`, { answers: [{ submission_id: x.a.submission_id, q: x.a.q }], ...x.prev });
        decided.set(keyOf(x.a), x.prev);
      }
      if (jobId) remaining = data.remaining - decided.size;
      else if (r && r.remaining !== undefined) remaining = r.remaining;
      else remaining += back.length;
      cur = last.cursor;
      if (!layout.isConnected) {
        document.getElementById('review-done')?.remove();
        main.append(layout);
      }
      fill(saved, `Undone: ${plural(last.entries.length, 'decision')}`);
      show();
    } catch (err) {
      toast(err.message, 'error');
    } finally {
      busy = false;
    }
  }

  function openEdit() {
    const a = flat[cur].a;
    editInput.value = a.text || '';
    editDialog.showModal();
    editInput.select();
  }

  function openSheet() {
    const a = flat[cur].a;
    fill(sheetDialog,
      h('div.row', h('h2', `Sheet of ${a.student_name || 'a student'}`), h('span.spacer'), h('form', { method: 'dialog' }, h('button', { type: 'submit' }, 'Close'))),
      h('img', { src: a.sheet_url, alt: `The whole sheet of ${a.student_name || 'a student'}` }));
    sheetDialog.showModal();
  }

  function armGroup() {
    const g = flat[cur].g;
    if (g.answers.length < 2) {
      toast('This answer is alone in its group.');
      return;
    }
    groupArmed = true;
    armed.hidden = false;
    fill(armed, h('strong', 'Whole group: '), `the next `, h('kbd', 'c'), ' or ', h('kbd', 'x'), ` decides ${plural(g.answers.filter((x) => !decided.has(keyOf(x))).length, 'answer')} read as “${g.text || ''}”. `, h('kbd', 'Esc'), ' cancels.');
  }

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (document.querySelector('dialog[open]')) return; // dialogs handle their own keys
    const t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
    if (!layout.isConnected && ev.key !== 'z' && ev.key !== '?') return;
    const k = ev.key;
    let handled = true;
    if (k === 'c') decide({ correct: true }, groupArmed);
    else if (k === 'x') decide({ correct: false }, groupArmed);
    else if (k === 'g') armGroup();
    else if (k === 'e') openEdit();
    else if (k === 'z') undo();
    else if (k === 'o') openSheet();
    else if (k === '?') keymap.showModal();
    else if (k === 'Escape' && groupArmed) { groupArmed = false; armed.hidden = true; }
    else if ((k === 'ArrowRight' || k === 'j') && cur < flat.length - 1) { cur++; show(); }
    else if ((k === 'ArrowLeft' || k === 'k') && cur > 0) { cur--; show(); }
    else handled = false;
    if (handled) ev.preventDefault();
  }

  document.addEventListener('keydown', onKey);
  show();
  return () => document.removeEventListener('keydown', onKey);
}

