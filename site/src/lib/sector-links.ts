import type { Article, CareerStory, Company, Job, TrainingPath } from '@dk20000/shared';

/** Everything a sector page links: its companies, jobs, the trainings leading to them, stories and articles. */
export interface SectorLinks {
  companies: Company[];
  jobs: Job[];
  trainings: TrainingPath[];
  stories: CareerStory[];
  articles: Article[];
}

export interface SiteContent {
  companies: readonly Company[];
  jobs: readonly Job[];
  trainings: readonly TrainingPath[];
  stories: readonly CareerStory[];
  articles: readonly Article[];
}

const has = (refs: ReadonlyArray<{ documentId: string }>, id: string) => refs.some((r) => r.documentId === id);

/**
 * The entries linked to the sector `sectorId`: companies that list it, jobs of the sector, trainings that lead to one
 * of those jobs (either side of the relation), stories of someone holding one of those jobs or working at one of
 * those companies, articles about the sector (newest first). Each list keeps the order of `content`.
 */
export function sectorLinks(sectorId: string, content: SiteContent): SectorLinks {
  const companies = content.companies.filter((c) => has(c.sectors, sectorId));
  const jobs = content.jobs.filter((j) => j.sector?.documentId === sectorId);
  const jobIds = new Set(jobs.map((j) => j.documentId));
  const companyIds = new Set(companies.map((c) => c.documentId));
  const trainingIds = new Set(jobs.flatMap((j) => j.trainings.map((t) => t.documentId)));
  const trainings = content.trainings.filter((t) => trainingIds.has(t.documentId) || t.jobs.some((j) => jobIds.has(j.documentId)));
  const stories = content.stories.filter(
    (s) => (s.job !== undefined && jobIds.has(s.job.documentId)) || (s.company !== undefined && companyIds.has(s.company.documentId)),
  );
  const articles = content.articles.filter((a) => has(a.sectors, sectorId)).sort(newestFirst);
  return { companies, jobs, trainings, stories, articles };
}

/** Articles by date, newest first; same day: by title. */
export function newestFirst(a: Pick<Article, 'date' | 'title'>, b: Pick<Article, 'date' | 'title'>): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'fr');
}
