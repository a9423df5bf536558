// The REST API at /api/v1, as the pages use it: JSON in and out, the session cookie, errors as
// ApiError with the server's code and a sentence a person can act on.

export const BASE = '/api/v1';

/** What a refusal code means, in words (the server's own message is kept as a fallback). */
const WORDS = {
  NO_FILES: 'Choose at least one file.',
  TOO_MANY_FILES: 'Too many files for one upload.',
  EMPTY_FILE: 'A file is empty.',
  CORRUPT_IMAGE: 'A file could not be read as an image.',
  MALFORMED_MULTIPART: 'The upload arrived damaged; try again.',
  NOT_MULTIPART: 'The upload was not sent as files.',
  FILE_TOO_LARGE: 'A file is larger than the server accepts.',
  REQUEST_TOO_LARGE: 'The files together are larger than one upload may be.',
  IMAGE_TOO_LARGE: 'An image has more pixels than the server accepts.',
  UNSUPPORTED_MEDIA_TYPE: 'A file is not a PNG, JPEG or TIFF image.',
  INVALID_QUIZ: 'That quiz does not exist (any more).',
  QUIZ_NOT_FOUND: 'That quiz does not exist, or it is not yours.',
  JOB_NOT_FOUND: 'That job does not exist, or it is not yours.',
  SUBMISSION_NOT_FOUND: 'That sheet does not exist, or it is not yours.',
  JOB_ALREADY_ENDED: 'The job has already ended.',
  JOB_NOT_COMPLETED: 'The job has not ended yet.',
  INVALID_CREDENTIALS: 'Wrong username or password.',
  UNAUTHENTICATED: 'Please sign in.',
  INVALID_TOKEN: 'The token is not valid.',
  FORBIDDEN: 'Your role may not do this.',
  CSRF_REJECTED: 'The request came from another site and was refused.',
  USERNAME_TAKEN: 'That username is taken.',
  INVALID_PASSWORD: 'That password is not allowed: use 12 or more characters, not your username and not a common password.',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins for this account or from this computer: wait, then try again.',
  WRONG_PASSWORD: 'The current password is wrong.',
  INVALID_TOKEN_EXPIRY: 'The expiry must be 1 to 3650 days.',
  IMAGE_DELETED: 'The stored image was deleted by the retention cleanup.',
  NO_ANSWER_BOX: 'No position is known for this answer on the sheet.',
  EMPTY_DECISION: 'The decision listed no answers.',
  TOO_MANY_ANSWERS: 'Too many answers in one decision.',
  INVALID_POINTS: 'Points must be between 0 and the question’s points.',
};

export class ApiError extends Error {
  constructor(status, code, serverMessage) {
    super(WORDS[code] ? `${WORDS[code]}${serverMessage && !WORDS[code].includes(serverMessage) ? ` (${serverMessage})` : ''}` : serverMessage || `The server answered ${status}.`);
    this.status = status;
    this.code = code;
    this.serverMessage = serverMessage;
  }
}

let onUnauthenticated = () => {};
export function whenSignedOut(fn) {
  onUnauthenticated = fn;
}

/** Calls the API; resolves to the envelope's data (or the whole body when it has none). */
/** The answer's data; with envelope, the whole answer (a page's place sits beside its data). */
export async function api(path, { method = 'GET', body, raw = false, signal, envelope = false } = {}) {
  const init = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin', signal };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const res = await fetch(BASE + path, init);
  if (raw) return res;
  let json = null;
  const type = res.headers.get('Content-Type') || '';
  if (type.includes('json')) json = await res.json().catch(() => null);
  if (!res.ok || (json && json.success === false)) {
    const err = new ApiError(res.status, json && json.code, json && json.error);
    if (res.status === 401 && !path.startsWith('/auth/login')) onUnauthenticated();
    throw err;
  }
  if (!envelope && json && Object.prototype.hasOwnProperty.call(json, 'data') && json.job_id === undefined) return json.data;
  return json;
}

export const get = (p, o) => api(p, o);
export const post = (p, body) => api(p, { method: 'POST', body: body === undefined ? {} : body });
export const put = (p, body) => api(p, { method: 'PUT', body });
export const patch = (p, body) => api(p, { method: 'PATCH', body });
export const del = (p) => api(p, { method: 'DELETE' });

/**
 * Uploads files with XHR (fetch has no upload progress): onProgress(sent, total) while sending.
 * Resolves to the 202 body; rejects with ApiError. Returns {promise, abort}.
 */
export function upload(files, quizId, onProgress) {
  const form = new FormData();
  for (const f of files) form.append('files[]', f, f.name);
  if (quizId) form.append('quiz_id', quizId);
  const xhr = new XMLHttpRequest();
  const promise = new Promise((resolve, reject) => {
    xhr.open('POST', BASE + '/upload');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded, e.total);
    xhr.onload = () => {
      let json = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch (e) {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300 && json && json.success !== false) resolve(json);
      else reject(new ApiError(xhr.status, json && json.code, json && json.error));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'The connection to the server failed.'));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'The upload was stopped.'));
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}

/**
 * Follows a job live: Server-Sent Events, falling back to polling every 1.5 s when the stream
 * fails. onStatus(job) on each change; returns stop().
 */
export function followJob(jobId, onStatus, { pollMs = 1500 } = {}) {
  let stopped = false;
  let es = null;
  let timer = null;
  let lastEnded = false;
  const ended = (j) => ['completed', 'failed', 'cancelled'].includes(j.status);
  const poll = async () => {
    if (stopped) return;
    try {
      const j = await get(`/jobs/${encodeURIComponent(jobId)}`);
      onStatus(j, 'polling');
      if (ended(j)) return;
    } catch (e) {
      if (e.status === 404) return;
    }
    timer = setTimeout(poll, pollMs);
  };
  if ('EventSource' in window) {
    es = new EventSource(`${BASE}/jobs/${encodeURIComponent(jobId)}/events`);
    es.addEventListener('status', (ev) => {
      const j = JSON.parse(ev.data);
      lastEnded = ended(j);
      onStatus(j, 'live');
      if (lastEnded) es.close();
    });
    es.onerror = () => {
      es.close();
      // The stream closes by design once the job ended; otherwise it failed: poll instead.
      if (!lastEnded && !stopped) poll();
    };
  } else {
    poll();
  }
  return () => {
    stopped = true;
    if (es) es.close();
    clearTimeout(timer);
  };
}
