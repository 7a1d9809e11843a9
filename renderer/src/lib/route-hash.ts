/**
 * Routes as URL hashes: `#/cards?article=…&facet=dates`, `#/study?article=…`,
 * `#/reading?article=…&focus=120-184`. The shell writes the hash of the page on
 * screen and opens on the one in the URL, so a page's parameters travel with it.
 * Pure: parameters that do not parse are left out, never guessed.
 */
import type { Facet, SessionScope } from '../../../electron/contract';
import { CARD_KINDS, type CardKind } from '../../../shared/card-kinds';
import type { CardsFilter, Route } from './navigation';

const FACETS: readonly string[] = ['actors', 'dates', 'quotes', 'arguments'] satisfies Facet[];
const KINDS: readonly string[] = CARD_KINDS;
/** The contract's article id shape. */
const ARTICLE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

type Practice = { schedule: boolean } | undefined;

function practiceParam(practice: Practice): Record<string, string> {
  return practice ? { practice: practice.schedule ? 'schedule' : 'free' } : {};
}

function readPractice(params: URLSearchParams): Practice {
  const value = params.get('practice');
  return value === 'schedule' ? { schedule: true } : value === 'free' ? { schedule: false } : undefined;
}

function readArticle(params: URLSearchParams): string | undefined {
  const id = params.get('article');
  return id && ARTICLE_ID.test(id) ? id : undefined;
}

function readFacet(params: URLSearchParams): Facet | undefined {
  const facet = params.get('facet');
  return facet && FACETS.includes(facet) ? (facet as Facet) : undefined;
}

function readText(params: URLSearchParams, name: string): string | undefined {
  const text = params.get(name)?.trim();
  return text ? text.slice(0, 200) : undefined;
}

/** Leaves out the fields that are undefined, so a parsed route equals the one written. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function hash(page: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(defined(params) as Record<string, string>).toString();
  return query ? `#/${page}?${query}` : `#/${page}`;
}

/** The hash that names a route (a dropped file is not part of it: it opens the library). */
export function hashOf(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/library';
    case 'study': {
      const { articleId, facet, kinds, actor, practice } = route.scope;
      return hash('study', {
        article: articleId,
        facet,
        kinds: kinds?.length ? kinds.join(',') : undefined,
        actor,
        ...practiceParam(practice),
      });
    }
    case 'quiz':
    case 'timeline':
      return hash(route.name, practiceParam(route.practice));
    case 'reading':
      return hash('reading', {
        article: route.articleId,
        focus: route.focus ? `${route.focus.start}-${route.focus.end}` : undefined,
      });
    case 'cards':
      return hash('cards', {
        article: route.filter?.articleId,
        facet: route.filter?.facet,
        search: route.filter?.search,
      });
    case 'progress':
    case 'settings':
      return `#/${route.name}`;
  }
}

/** The page a URL hash names: the library unless it names another (`#/study`: straight into a session). */
export function routeFromHash(hashText: string): Route {
  const match = /^#\/([a-z]+)(?:\?(.*))?$/.exec(hashText);
  if (!match) return { name: 'library' };
  const params = new URLSearchParams(match[2] ?? '');
  switch (match[1]) {
    case 'study': {
      const kinds = params
        .get('kinds')
        ?.split(',')
        .filter((k): k is CardKind => KINDS.includes(k));
      const scope: SessionScope = defined({
        articleId: readArticle(params),
        facet: readFacet(params),
        kinds: kinds?.length ? kinds : undefined,
        actor: readText(params, 'actor'),
        practice: readPractice(params),
      });
      return { name: 'study', scope };
    }
    case 'quiz':
    case 'timeline':
      return defined({ name: match[1], practice: readPractice(params) });
    case 'reading': {
      const articleId = readArticle(params);
      if (!articleId) return { name: 'library' };
      const focus = /^(\d{1,9})-(\d{1,9})$/.exec(params.get('focus') ?? '');
      const span = focus ? { start: Number(focus[1]), end: Number(focus[2]) } : undefined;
      return defined({ name: 'reading', articleId, focus: span && span.start <= span.end ? span : undefined });
    }
    case 'cards': {
      const filter: CardsFilter = defined({
        articleId: readArticle(params),
        facet: readFacet(params),
        search: readText(params, 'search'),
      });
      return Object.keys(filter).length > 0 ? { name: 'cards', filter } : { name: 'cards' };
    }
    case 'progress':
    case 'settings':
      return { name: match[1] };
    default:
      return { name: 'library' };
  }
}
