// Searching a kind of record on the device as the person types: every
// record, not only those shown lately. An index keeps each record's words
// lowercased and without accents, sorted by name, and is built again only
// when the records change; a search is one pass over it.

/** fold lowercases text and drops its accents: "Zoë" → "zoe". */
export const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

interface Entry<T> {
  item: T;
  text: string; // what is searched, folded
  name: string; // what it is sorted by, folded
}

/** Found is a search's answer: the first matches, and how many there are. */
export interface Found<T> {
  items: T[];
  total: number;
}

export class Index<T> {
  private entries: Entry<T>[];

  /** name is what a record is sorted by and matched at the start of; text what else it is found by. */
  constructor(items: Iterable<T>, name: (t: T) => string, text: (t: T) => string = name) {
    this.entries = [...items].map((item) => ({ item, name: fold(name(item)), text: fold(text(item)) }));
    this.entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * find returns the records whose words contain term, those with a word
   * starting with it first, in name order; at most limit, and the count of all.
   */
  find(term: string, limit: number, keep?: (t: T) => boolean): Found<T> {
    // One pass, as cheap as can be for each record (a keystroke may match
    // nearly all of 50,000): once the first limit of word matches are found,
    // the others are only counted.
    const t = fold(term.trim());
    const space = " " + t;
    const paren = "(" + t;
    const starts: T[] = [];
    const inside: T[] = [];
    let total = 0;
    for (const e of this.entries) {
      const at = t ? e.text.indexOf(t) : 0;
      if (at < 0 || (keep && !keep(e.item))) continue;
      total++;
      if (starts.length >= limit) continue;
      if (at === 0 || e.text.includes(space) || e.text.includes(paren)) starts.push(e.item);
      else if (inside.length < limit) inside.push(e.item);
    }
    return { items: [...starts, ...inside].slice(0, limit), total };
  }
}

/**
 * indexed builds an index of items once per key (the records' revision) and
 * reuses it while the key stays the same.
 */
export function indexed<T>(cache: { key?: string; index?: Index<T> }, key: string, items: () => Iterable<T>, name: (t: T) => string, text?: (t: T) => string): Index<T> {
  if (cache.key !== key || !cache.index) {
    cache.index = new Index(items(), name, text);
    cache.key = key;
  }
  return cache.index;
}
