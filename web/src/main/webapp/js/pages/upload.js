import { get, upload } from '../api.js';
import { h, fill, field, pageTitle, bytes, plural, toast, errorBox } from '../dom.js';
import { liveJob } from '../jobview.js';

const DEFAULT_LIMITS = {
  max_files: 50,
  max_file_bytes: 20971520,
  max_request_bytes: 209715200,
  accepted_types: ['image/png', 'image/jpeg', 'image/tiff'],
  accepted_extensions: ['.png', '.jpg', '.jpeg', '.tif', '.tiff'],
};

/** Why a file would be refused by the server, in words; null when it looks fine. */
export function refusal(file, limits) {
  const dot = file.name.lastIndexOf('.');
  const ext = dot >= 0 ? file.name.slice(dot).toLowerCase() : '';
  const typeOk = limits.accepted_types.includes(file.type) || limits.accepted_extensions.includes(ext);
  if (!typeOk) return `${file.name} is not a PNG, JPEG or TIFF image.`;
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > limits.max_file_bytes) return `${file.name} is ${bytes(file.size)}; one file may be at most ${bytes(limits.max_file_bytes)}.`;
  return null;
}

export async function render(main, _params, _session, query) {
  let limits = DEFAULT_LIMITS;
  let files = [];
  let live = null;
  let sending = null;

  const quiz = h('select', { name: 'quiz', id: 'quiz-picker' }, h('option', { value: '' }, 'No quiz — only read the sheets'));
  const input = h('input', { type: 'file', multiple: true, id: 'file-input', accept: DEFAULT_LIMITS.accepted_extensions.join(',') });
  const limitsText = h('small.hint', '');
  const drop = h('label.drop', { for: 'file-input', tabindex: -1 },
    h('strong', 'Drop answer sheets here'),
    h('span.muted', 'or click to choose files (photos or scans: PNG, JPEG, TIFF)'),
    input);
  const list = h('ul.filelist', { 'aria-label': 'Chosen files' });
  const problems = h('div', { 'aria-live': 'assertive' });
  const refused = h('div', { 'aria-live': 'assertive' });
  const send = h('button.primary', { type: 'submit', id: 'upload-submit', disabled: true }, 'Upload');
  const clear = h('button', { type: 'button', hidden: true }, 'Clear');
  const sendBar = h('div');
  const sendBox = h('section.panel', { hidden: true, id: 'send-progress' },
    h('h2', 'Sending'),
    h('div.progress', { role: 'progressbar', 'aria-label': 'Bytes sent' }, sendBar),
    h('div.progress-label', h('span', { id: 'send-text' }, ''), h('button.small', { type: 'button', onclick: () => sending && sending.abort() }, 'Stop')));
  const jobBox = h('div', { id: 'job-box' });

  function check() {
    const issues = [];
    if (files.length > limits.max_files) issues.push(`${plural(files.length, 'file')} chosen; one upload may hold at most ${limits.max_files}.`);
    const total = files.reduce((s, f) => s + f.size, 0);
    if (total > limits.max_request_bytes) issues.push(`The files come to ${bytes(total)}; one upload may be at most ${bytes(limits.max_request_bytes)}.`);
    const bad = files.map((f) => refusal(f, limits)).filter(Boolean);
    fill(list, files.map((f, i) => {
      const why = refusal(f, limits);
      return h(`li${why ? '.bad' : ''}`,
        h('span.name', f.name, why ? h('div.why', why) : null),
        h('span.muted', bytes(f.size)),
        h('button.small', { type: 'button', 'aria-label': `Remove ${f.name}`, onclick: () => { files.splice(i, 1); check(); } }, 'Remove'));
    }));
    fill(problems, issues.length || bad.length
      ? h('div.alert.alert-error', { role: 'alert' }, h('strong', 'Fix these before uploading:'), h('ul', [...issues, ...bad].map((t) => h('li', t))))
      : null);
    send.disabled = !files.length || issues.length > 0 || bad.length > 0;
    send.textContent = files.length ? `Upload ${plural(files.length, 'sheet')} (${bytes(total)})` : 'Upload';
    clear.hidden = !files.length;
  }

  function add(newFiles) {
    refused.replaceChildren();
    const seen = new Set(files.map((f) => `${f.name}/${f.size}`));
    for (const f of newFiles) if (!seen.has(`${f.name}/${f.size}`)) files.push(f);
    check();
  }

  input.addEventListener('change', () => {
    add([...input.files]);
    input.value = '';
  });
  for (const ev of ['dragenter', 'dragover']) drop.addEventListener(ev, (e) => { e.preventDefault(); drop.classList.add('over'); });
  for (const ev of ['dragleave', 'drop']) drop.addEventListener(ev, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    add([...e.dataTransfer.files]);
  });
  clear.addEventListener('click', () => { files = []; check(); });

  const form = h('form.panel', {
    id: 'upload-form',
    onsubmit: async (e) => {
      e.preventDefault();
      if (send.disabled) return;
      send.disabled = true;
      refused.replaceChildren();
      sendBox.hidden = false;
      const total = files.reduce((s, f) => s + f.size, 0);
      sending = upload(files, quiz.value || null, (sent, all) => {
        sendBar.style.width = `${Math.round((100 * sent) / all)}%`;
        fill(document.getElementById('send-text') || sendBox, `${bytes(sent)} of ${bytes(all)} sent`);
      });
      try {
        const accepted = await sending.promise;
        sendBar.style.width = '100%';
        fill(document.getElementById('send-text'), `${bytes(total)} sent · job ${accepted.job_id}`);
        sendBox.hidden = true;
        files = [];
        check();
        if (live) live.stop();
        live = liveJob(accepted.job_id, {
          onEnd: (job) => {
            const links = [h('a.button', { href: `#/jobs/${job.job_id}` }, 'Open the job')];
            if (quiz.value) {
              links.push(h('a.button.primary', { href: `#/quizzes/${quiz.value}/review?job_id=${job.job_id}`, id: 'go-review' }, 'Review flagged answers'));
              links.push(h('a.button', { href: `#/quizzes/${quiz.value}/results` }, 'Results'));
            }
            live.el.append(h('div.row', ...links));
          },
        });
        fill(jobBox, h('p.muted', accepted.message || ''), live.el);
        live.el.scrollIntoView({ block: 'start' });
      } catch (err) {
        sendBox.hidden = true;
        fill(refused, h('div.alert.alert-error', { role: 'alert' }, h('strong', 'The server refused the upload: '), err.message));
      } finally {
        sending = null;
        check();
      }
    },
  },
  field('Quiz (optional)', quiz, 'With a quiz, each sheet is graded against its key while it is read.'),
  drop,
  limitsText,
  problems,
  refused,
  h('div.row', send, clear),
  list);

  main.append(pageTitle('Upload answer sheets'), form, sendBox, jobBox);

  try {
    limits = { ...DEFAULT_LIMITS, ...(await get('/limits')) };
  } catch (e) {
    /* an older server without /limits: its documented defaults */
  }
  input.accept = limits.accepted_extensions.join(',');
  fill(limitsText, `Up to ${limits.max_files} files, ${bytes(limits.max_file_bytes)} each, ${bytes(limits.max_request_bytes)} in all.`);
  try {
    const quizzes = await get('/quizzes');
    for (const q of quizzes) quiz.append(h('option', { value: q.id }, `${q.title} (v${q.version})`));
    const wanted = query && query.get('quiz');
    if (wanted) quiz.value = wanted;
    if (!quizzes.length) quiz.after(h('small.hint', 'No quizzes yet. ', h('a', { href: '#/quizzes/new' }, 'Create one'), ' to grade while reading.'));
  } catch (e) {
    form.prepend(errorBox(e));
  }
  check();
  return () => {
    if (live) live.stop();
    if (sending) sending.abort();
  };
}

