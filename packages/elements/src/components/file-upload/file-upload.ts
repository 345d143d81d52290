import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatFileSize, megabytes, type FileReference } from '@egov-kit/core';
import { FormControl } from '../../internal/form-control.js';
import type { Problem } from '../../internal/validation.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { fileUploadMessages } from './file-upload.messages.js';
import { fileUploadStyles } from './file-upload.styles.js';
import { isRefusal } from './upload-refused.js';

export { UploadRefusedError } from './upload-refused.js';

/** What an upload is given besides the file. */
export interface UploadContext {
  /** Aborted when the person cancels the upload or removes the file. */
  signal: AbortSignal;
  /** Report progress: bytes sent so far, of `total` (the file's size by default). */
  onProgress: (loaded: number, total?: number) => void;
}

/**
 * Sends one file and resolves with the id the service gave it. The SDK provides one; a page may
 * write its own (`fetch` or `XMLHttpRequest`). It must reject when `signal` is aborted.
 */
export type UploadTransport = (file: File, context: UploadContext) => Promise<{ id: string }>;

/** Where a file stands. `ready`: chosen, sent with the form itself (no transport). */
export type UploadStatus = 'ready' | 'uploading' | 'done' | 'failed' | 'cancelled';

/** One file of the list. */
export interface UploadItem {
  readonly key: number;
  /** What the form engine keeps: name, size, media type, and the id once uploaded. */
  ref: FileReference;
  /** The file itself; absent for a file restored from a saved answer. */
  file?: File;
  status: UploadStatus;
  /** Why the service refused the file for good (then it cannot be retried, only removed). */
  refusal?: string;
  /** Fraction sent, 0–1. */
  progress: number;
  controller?: AbortController;
}

let nextKey = 1;

/** Whether `file` is one of the `accept` entries (`.pdf`, `image/*`, `application/pdf`), as the native `accept` reads them. */
function accepts(accept: readonly string[], name: string, type: string): boolean {
  if (accept.length === 0) return true;
  const lowerName = name.toLowerCase();
  const lowerType = type.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    if (wanted.startsWith('.')) return lowerName.endsWith(wanted);
    if (wanted.endsWith('/*')) return lowerType.startsWith(wanted.slice(0, -1));
    return lowerType === wanted;
  });
}

/**
 * Attach files: one or several, chosen with a real button ("Chọn tệp", which keyboard, switch and
 * voice-control users can press, see govuk-frontend#5626) or dropped on the area around it. Each
 * file is checked against `accept` and `max-size` (core's texts), then uploaded at once with the
 * injected `upload` transport, showing its progress, with Cancel, Retry and Remove per file.
 * Screen readers hear when each upload starts, ends or fails. The button's name adds the label to
 * its text ("Chọn tệp Bản chụp giấy tờ"), so several upload fields' buttons can be told apart.
 *
 * The form receives the uploaded files' ids under `name`. Without an `upload` transport, the files
 * themselves are submitted with the form (`enctype="multipart/form-data"`).
 *
 * @tagname egov-file-upload
 * @summary Several files, drag-and-drop and a real button, progress, cancel and retry.
 *
 * @slot label - The label, when it needs more than text.
 * @slot hint - Help under the label.
 *
 * @event change - The list of files changed (a file was added, uploaded or removed).
 * @event invalid - The field was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The wrapper of the whole field.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart dropzone - The area files can be dropped on.
 * @csspart button - The "choose file" button.
 * @csspart file-list - The list of files.
 * @csspart file - Each file of the list.
 *
 * @cssstate dragging - Files are being dragged over the drop area.
 */
export class EgovFileUpload extends FormControl<readonly UploadItem[]> {
  static override styles = [baseStyles, fieldStyles, fileUploadStyles];
  static override messages = fileUploadMessages;

  /** Accepted types, as the native `accept`: `.pdf,image/*,application/pdf`. */
  @property() accept = '';
  /** The largest file accepted, in bytes. */
  @property({ type: Number, attribute: 'max-size' }) maxSize?: number;
  /** Several files may be attached. */
  @property({ type: Boolean }) multiple = false;
  /** The most files; 10 when `multiple`, else 1. */
  @property({ type: Number, attribute: 'max-files' }) maxFiles?: number;
  /** The fewest files (1 when `required`). */
  @property({ type: Number, attribute: 'min-files' }) minFiles?: number;
  /** Uploads one file; see {@link UploadTransport}. */
  @property({ attribute: false }) upload?: UploadTransport;

  /** The files, in the order they were added. */
  @state() items: UploadItem[] = [];
  @state() private dragging = false;
  /** A file the person chose but that cannot be taken (type, size, count): shown until the next change. */
  private rejection: Problem | undefined;

  /**
   * The files as core's form engine keeps them (`{ id, name, size, mediaType }`): uploaded ones,
   * or chosen ones without an id when there is no transport. Setting it shows them as uploaded
   * (a saved draft).
   */
  get value(): FileReference[] {
    return this.items.filter((i) => i.status === 'done' || i.status === 'ready').map((i) => ({ ...i.ref }));
  }
  set value(refs: readonly FileReference[]) {
    for (const item of this.items) item.controller?.abort();
    this.items = (refs ?? []).map((ref) => ({ key: nextKey++, ref: { ...ref }, status: ref.id ? 'done' : 'ready', progress: 1 }));
  }

  private get acceptList(): string[] {
    return this.accept.split(',').map((a) => a.trim()).filter(Boolean);
  }

  private get limit(): number {
    return this.maxFiles ?? (this.multiple ? 10 : 1);
  }

  protected readValue(): readonly UploadItem[] {
    return this.items;
  }

  protected isEmpty(items: readonly UploadItem[]): boolean {
    return items.length === 0 && !this.rejection;
  }

  protected override requiredProblem(): Problem {
    const min = Math.max(1, this.minFiles ?? 1);
    return { key: 'form.error.too-few-files', ns: 'core', params: { min, count: min }, flag: 'valueMissing' };
  }

  protected override checkValue(items: readonly UploadItem[]): Problem | undefined {
    if (this.rejection) return this.rejection;
    if (items.some((i) => i.status === 'uploading')) return { key: 'file.error.uploading', flag: 'customError' };
    const unfinished = items.find((i) => i.status === 'failed' || i.status === 'cancelled');
    if (unfinished?.refusal) return { key: 'file.error.refused', params: { name: unfinished.ref.name, reason: unfinished.refusal }, flag: 'customError' };
    if (unfinished) return { key: 'file.error.unfinished', params: { name: unfinished.ref.name }, flag: 'customError' };
    if (this.minFiles !== undefined && items.length < this.minFiles) {
      return { key: 'form.error.too-few-files', ns: 'core', params: { min: this.minFiles, count: this.minFiles }, flag: 'rangeUnderflow' };
    }
    return undefined;
  }

  protected formValue(): FormData | null {
    const data = new FormData();
    for (const item of this.items) {
      if (item.status === 'done' && item.ref.id) data.append(this.name, item.ref.id);
      else if (item.status === 'ready' && item.file) data.append(this.name, item.file);
    }
    return data;
  }

  protected override formState(): string {
    return JSON.stringify(this.items.filter((i) => i.status === 'done').map((i) => i.ref));
  }

  protected resetValue(): void {
    this.value = [];
    this.rejection = undefined;
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.value = JSON.parse(state) as FileReference[];
    } catch {
      // Not ours: keep the list as it is.
    }
  }

  protected override get validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('#control') ?? undefined;
  }

  /** Opens the file chooser (the button does this). */
  openChooser(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click();
  }

  /** Adds files as if the person had chosen or dropped them: checks each, then uploads the accepted ones. */
  addFiles(files: Iterable<File>): void {
    // A refusal is about the last attempt: a new attempt takes its place.
    if (this.rejection && this.shownProblem === this.rejection) this.shownProblem = undefined;
    this.rejection = undefined;
    const accept = this.acceptList;
    let list = this.multiple ? [...this.items] : [];
    const added: UploadItem[] = [];
    for (const file of files) {
      const ref: FileReference = { name: file.name.normalize('NFC'), size: file.size, mediaType: file.type || 'application/octet-stream' };
      if (!accepts(accept, file.name, file.type)) {
        this.rejection ??= { key: 'form.error.file-type-not-accepted', ns: 'core', params: { name: ref.name, accepted: this.typesText() }, flag: 'customError' };
        continue;
      }
      if (this.maxSize !== undefined && file.size > this.maxSize) {
        this.rejection ??= { key: 'form.error.file-too-large', ns: 'core', params: { name: ref.name, maxSizeMb: megabytes(this.maxSize) }, flag: 'customError' };
        continue;
      }
      if (list.length >= this.limit) {
        this.rejection ??= { key: 'form.error.too-many-files', ns: 'core', params: { max: this.limit }, flag: 'customError' };
        continue;
      }
      const item: UploadItem = { key: nextKey++, ref, file, status: this.upload ? 'uploading' : 'ready', progress: 0 };
      list = [...list, item];
      added.push(item);
    }
    // A single file is replaced only by an accepted one: a refused one leaves it (and its upload) as it was.
    if (!this.multiple && added.length === 0) list = this.items;
    else if (!this.multiple) for (const item of this.items) item.controller?.abort();
    this.items = list;
    for (const item of added) {
      if (this.upload) this.send(item);
      else this.announce(this.localize.t('file.announce.ready', { name: item.ref.name }));
    }
    this.userChanged();
    if (this.rejection) this.userCommitted();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private patch(item: UploadItem, changes: Partial<UploadItem>): void {
    Object.assign(item, changes);
    this.items = [...this.items];
  }

  private send(item: UploadItem): void {
    const upload = this.upload;
    if (!upload || !item.file) return;
    const controller = new AbortController();
    this.patch(item, { status: 'uploading', progress: 0, controller });
    this.announce(this.localize.t('file.announce.uploading', { name: item.ref.name }));
    const file = item.file;
    upload(file, {
      signal: controller.signal,
      onProgress: (loaded, total = file.size) => {
        if (!controller.signal.aborted && item.status === 'uploading') this.patch(item, { progress: total > 0 ? Math.min(1, loaded / total) : 0 });
      },
    }).then(
      ({ id }) => {
        if (controller.signal.aborted || !this.items.includes(item)) return;
        this.patch(item, { status: 'done', progress: 1, controller: undefined, ref: { ...item.ref, id } });
        this.announce(this.localize.t('file.announce.done', { name: item.ref.name }));
        this.settled();
      },
      (error: unknown) => {
        if (!this.items.includes(item)) return;
        const cancelled = controller.signal.aborted;
        const refusal = !cancelled && isRefusal(error) ? error.message : undefined;
        this.patch(item, { status: cancelled ? 'cancelled' : 'failed', controller: undefined, ...(refusal ? { refusal } : {}) });
        this.announce(refusal ? this.localize.t('file.announce.refused', { name: item.ref.name, reason: refusal })
          : this.localize.t(cancelled ? 'file.announce.cancelled' : 'file.announce.failed', { name: item.ref.name }));
        this.settled();
      },
    );
  }

  /** An upload ended: the field's validity and error follow, and the page hears of the change. */
  private settled(): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (this.shownProblem && !this.currentProblem()) this.shownProblem = undefined;
      else if (this.shownProblem) this.shownProblem = this.currentProblem();
    });
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Cancels a file's upload (it stays in the list, to retry or remove). */
  cancelUpload(item: UploadItem): void {
    item.controller?.abort();
  }

  /** Uploads a failed or cancelled file again. */
  retryUpload(item: UploadItem): void {
    this.rejection = undefined;
    this.send(item);
    this.userChanged();
  }

  /** The file whose button had focus: when that button goes (Cancel becomes Retry), focus moves to the file's next button. */
  private keepFocusOn: number | undefined;

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed as never);
    if (this.keepFocusOn === undefined) return;
    const row = this.renderRoot.querySelector(`[data-key="${this.keepFocusOn}"]`);
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (!row) {
      this.keepFocusOn = undefined;
    } else if (!active || !row.contains(active)) {
      const next = row.querySelector<HTMLButtonElement>('.file-actions button');
      next?.focus();
    }
  }

  /** Removes a file from the list (cancelling its upload), and puts focus back on the button. */
  removeFile(item: UploadItem): void {
    item.controller?.abort();
    this.rejection = undefined;
    this.items = this.items.filter((i) => i !== item);
    this.announce(this.localize.t('file.announce.removed', { name: item.ref.name }));
    this.userChanged();
    this.dispatchEvent(new Event('change', { bubbles: true }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#control')?.focus());
  }

  private onChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.files) this.addFiles(input.files);
    input.value = '';
  }

  private onDragOver(event: DragEvent): void {
    if (this.isDisabled || this.readonly || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  }

  private onDrop(event: DragEvent): void {
    this.setDragging(false);
    if (this.isDisabled || this.readonly || !event.dataTransfer) return;
    event.preventDefault();
    this.addFiles(event.dataTransfer.files);
  }

  private setDragging(on: boolean): void {
    this.dragging = on;
    try {
      if (on) this.internals.states.add('dragging');
      else this.internals.states.delete('dragging');
    } catch {
      // No custom states: only the styling hook is missing.
    }
  }

  /** The accepted types as people read them: `PDF, JPG, ảnh`. */
  private typesText(): string {
    return this.acceptList.map((entry) => {
      if (entry.startsWith('.')) return entry.slice(1).toUpperCase();
      if (entry === 'image/*') return this.localize.t('file.image');
      return (entry.split('/')[1] ?? entry).replace(/^.*[.+]/, '').toUpperCase();
    }).join(', ');
  }

  private size(bytes: number): string {
    return formatFileSize(bytes, this.localize.locale);
  }

  private percent(fraction: number): string {
    return new Intl.NumberFormat(this.localize.locale, { style: 'percent' }).format(fraction);
  }

  private renderItem(item: UploadItem) {
    const t = (key: string) => this.localize.t(key);
    const name = html`<span class="sr-only"> ${item.ref.name}</span>`;
    const locked = this.isDisabled || this.readonly;
    const status = item.status === 'uploading'
      ? this.localize.t('file.status.uploading', { percent: this.percent(item.progress) })
      : item.refusal ?? t(`file.status.${item.status}`);
    return html`<li part="file" class="file ${item.status}" data-key=${item.key}
      @focusin=${() => (this.keepFocusOn = item.key)}
      @focusout=${(e: FocusEvent) => {
        if (e.relatedTarget && !(e.currentTarget as Element).contains(e.relatedTarget as Node)) this.keepFocusOn = undefined;
      }}>
      <span class="file-name">${item.ref.name}</span>
      <span class="file-meta">${this.size(item.ref.size)} · ${status}</span>
      ${item.status === 'uploading'
        ? html`<progress max="100" .value=${Math.round(item.progress * 100)} aria-label=${this.localize.t('file.progress', { name: item.ref.name })}></progress>`
        : nothing}
      <span class="file-actions">
        ${item.status === 'uploading' ? html`<button type="button" ?disabled=${locked} @click=${() => this.cancelUpload(item)}>${t('file.cancel')}${name}</button>` : nothing}
        ${(item.status === 'failed' || item.status === 'cancelled') && item.file && !item.refusal
          ? html`<button type="button" ?disabled=${locked} @click=${() => this.retryUpload(item)}>${t('file.retry')}${name}</button>` : nothing}
        ${item.status !== 'uploading' ? html`<button type="button" ?disabled=${locked} @click=${() => this.removeFile(item)}>${t('file.remove')}${name}</button>` : nothing}
      </span>
    </li>`;
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    const locked = this.isDisabled || this.readonly || this.loading;
    const limits = [
      this.acceptList.length ? this.localize.t('file.types', { types: this.typesText() }) : '',
      this.maxSize !== undefined ? this.localize.t('file.max-size', { size: this.size(this.maxSize) }) : '',
      this.multiple ? this.localize.t('file.max-files', { count: this.limit }) : '',
    ].filter(Boolean).join(' ');
    return html`<div part="base" class="field ${invalid ? 'invalid' : ''}" role="group" aria-labelledby="label">
      <span id="label" class="label" part="label">${this.label}<slot name="label"></slot>${this.renderRequiredMarker()}</span>
      ${this.renderHint()} ${this.renderError()}
      <div class="dropzone ${this.dragging ? 'dragging' : ''}" part="dropzone"
        @dragover=${this.onDragOver} @dragleave=${() => this.setDragging(false)} @drop=${this.onDrop}>
        <button id="control" type="button" part="button" ?disabled=${locked} aria-invalid=${invalid ? 'true' : 'false'}
          aria-labelledby="control label"
          aria-describedby=${ifDefined(this.describedBy(...(limits ? ['limits'] : [])) || undefined)}
          @click=${this.openChooser}>${this.localize.t('file.choose')}</button>
        <span>${this.dragging ? this.localize.t('file.drop-active') : this.localize.t('file.drop')}</span>
        <input type="file" hidden ?multiple=${this.multiple} accept=${ifDefined(this.accept || undefined)} @change=${this.onChosen} />
      </div>
      ${limits ? html`<p id="limits" class="limits">${limits}</p>` : nothing}
      ${this.items.length
        ? html`<ul class="files" part="file-list" aria-label=${this.localize.t('file.list')}>${this.items.map((item) => this.renderItem(item))}</ul>`
        : html`<p class="limits">${this.localize.t('file.none')}</p>`}
      ${this.renderAnnouncer()}
    </div>`;
  }
}
