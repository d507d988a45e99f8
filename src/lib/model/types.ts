// Types of the human-edited dataset (data/*.json) and of the graph the build derives from it.
import type { Confidence, Country, Current, NodeKind, Relation, YearQualifier } from './vocabulary';

export interface YearPoint {
  year: number;
  qualifier?: YearQualifier;
}

/** A node's span of existence: born–died, founded–dissolved, published (no end). */
export interface NodeYears {
  start: YearPoint;
  end?: YearPoint | 'present';
}

/** When a relation held; either end may be open. */
export interface RelationYears {
  start?: YearPoint;
  end?: YearPoint;
}

/** Where a source supports a claim. */
export interface Citation {
  source: string;
  locator: string;
}

/** One piece of evidence for a relation: what the source supports, in the project's words. */
export interface Evidence extends Citation {
  note: string;
}

export interface AtlasNode {
  id: string;
  label: string;
  kind: NodeKind;
  aliases: string[];
  years: NodeYears;
  countries: Country[];
  currents: Current[];
  bio: string;
  bioSources: Citation[];
}

export interface AtlasRelation {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  years: RelationYears;
  confidence: Confidence;
  evidence: Evidence[];
}

export type SourceType = 'book' | 'article' | 'chapter' | 'web' | 'primary' | 'reference';

export interface Source {
  id: string;
  type: SourceType;
  author?: string;
  title?: string;
  citation?: string;
  year?: number;
  publisher?: string;
  journal?: string;
  url?: string;
  revision?: string;
  note?: string;
}

/** The whole dataset as edited by historians. */
export interface Dataset {
  nodes: AtlasNode[];
  relations: AtlasRelation[];
  sources: Source[];
}

/** One validation problem, located as precisely as the input allows. */
export interface Problem {
  file: string;
  id: string;
  field: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
}
