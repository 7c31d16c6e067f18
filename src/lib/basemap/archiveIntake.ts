import type { Coded } from '../i18n/format.ts';
import { ArchiveError, archiveFailure } from './archiveErrors.ts';
import { keepArchiveFile } from './archiveFiles.ts';
import { archiveOrigins, archiveUrl } from './archiveRef.ts';
import { pageAllows } from './pageCsp.ts';
import type { ArchiveFacts, ArchiveRef } from './types.ts';

/** What the add forms hand over: a picked file or a typed URL. */
export interface ArchiveInput {
  from: 'file' | 'url';
  file: File | null;
  url: string;
}

export type IntakeStage = 'checking' | 'copying';

export type Intake = { ref: ArchiveRef; facts: ArchiveFacts | null } | { problem: Coded };

const unreadable = (name: string, e: unknown): { problem: Coded } => {
  const why = archiveFailure(e);
  return { problem: { key: 'archiveFellBack', params: { name, reason: { key: `archiveFailed.${why.code}`, params: { status: why.status ?? '' } } } } };
};

/**
 * Takes an archive in for a basemap or terrain. A file is read (header, metadata, one tile)
 * before it is copied into storage, so a wrong or damaged file is refused at once and a file too
 * big for the space left is refused before a byte is written. A URL is read now if this page may
 * reach its host; otherwise it is read after the reload that lets the page reach it.
 * `key` names the stored copy (the new basemap's or terrain's id).
 */
export async function takeArchive(input: ArchiveInput, purpose: 'basemap' | 'terrain', key: string, stage: (s: IntakeStage) => void): Promise<Intake> {
  try {
    return await intake(input, purpose, key, stage);
  } catch (e) {
    // Storage that fails otherwise than by its quota: said as it is; nothing was added.
    return { problem: { key: 'archiveNotSaved', params: { detail: e instanceof Error ? e.message : String(e) } } };
  }
}

async function intake(input: ArchiveInput, purpose: 'basemap' | 'terrain', key: string, stage: (s: IntakeStage) => void): Promise<Intake> {
  if (input.from === 'file') {
    const file = input.file;
    if (!file) return { problem: { key: 'archiveInvalid.empty', params: {} } };
    stage('checking');
    let facts: ArchiveFacts;
    try {
      facts = await (await import('./archive/index.ts')).inspectArchiveFile(file, purpose);
    } catch (e) {
      return unreadable(file.name, e);
    }
    stage('copying');
    const kept = await keepArchiveFile(file, key);
    if ('tooBig' in kept) return { problem: { key: 'archiveTooBig', params: kept.tooBig } };
    if ('full' in kept) return { problem: { key: 'archiveStorageFull', params: {} } };
    return { ref: kept.ref, facts };
  }
  const typed = archiveUrl(input.url);
  if ('problem' in typed) return { problem: { key: `archiveInvalid.${typed.problem}`, params: {} } };
  const ref: ArchiveRef = { url: typed.url };
  if (!pageAllows(archiveOrigins(ref))) return { ref, facts: null };
  stage('checking');
  try {
    return { ref, facts: await (await import('./archive/index.ts')).openArchive(ref, purpose) };
  } catch (e) {
    return unreadable(typed.url, e instanceof ArchiveError ? e : new ArchiveError('network', undefined, { cause: e }));
  }
}
