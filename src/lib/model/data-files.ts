// The files of a dataset: one per node kind, the relations and the sources.
import type { NodeKind } from './vocabulary';

/** Which node kind each node file holds. */
export const NODE_FILES: Record<string, NodeKind> = {
  'people.json': 'person',
  'periodicals.json': 'periodical',
  'organizations.json': 'organization',
  'works.json': 'work',
  'events.json': 'event',
};
export const RELATIONS_FILE = 'relations.json';
export const SOURCES_FILE = 'sources.json';
export const DATA_FILES = [...Object.keys(NODE_FILES), RELATIONS_FILE, SOURCES_FILE];

/** One dataset file as read from disk or from the user: its name and raw text. */
export interface DataFile {
  name: string;
  text: string;
}
