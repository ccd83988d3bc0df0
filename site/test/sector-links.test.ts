import type { Article, CareerStory, Company, Job, TrainingPath } from '@dk20000/shared';
import { describe, expect, it } from 'vitest';
import { newestFirst, sectorLinks } from '../src/lib/sector-links';

const ref = (documentId: string) => ({ documentId, slug: documentId, name: documentId });
const company = (id: string, sectors: string[]) => ({ documentId: id, name: id, sectors: sectors.map(ref) }) as unknown as Company;
const job = (id: string, sector?: string, trainings: string[] = []) =>
  ({ documentId: id, title: id, sector: sector ? ref(sector) : undefined, trainings: trainings.map(ref) }) as unknown as Job;
const training = (id: string, jobs: string[] = []) => ({ documentId: id, title: id, jobs: jobs.map(ref) }) as unknown as TrainingPath;
const story = (id: string, over: { job?: string; company?: string }) =>
  ({ documentId: id, firstName: id, job: over.job ? ref(over.job) : undefined, company: over.company ? ref(over.company) : undefined }) as unknown as CareerStory;
const article = (id: string, date: string, sectors: string[]) => ({ documentId: id, title: id, date, sectors: sectors.map(ref) }) as unknown as Article;

const CONTENT = {
  companies: [company('acierie', ['acier']), company('gigafactory', ['batteries']), company('mixte', ['acier', 'batteries'])],
  jobs: [job('fondeur', 'acier', ['bts-fonderie']), job('operateur', 'batteries'), job('sans-filiere')],
  trainings: [training('bts-fonderie'), training('cap-soudure', ['fondeur']), training('cqp-batterie', ['operateur'])],
  stories: [story('lea', { job: 'fondeur' }), story('sam', { company: 'mixte', job: 'sans-filiere' }), story('ines', { job: 'operateur' })],
  articles: [article('ancien', '2026-01-10', ['acier']), article('recent', '2026-11-02', ['acier']), article('autre', '2026-06-01', ['batteries'])],
};

describe('what a sector page links', () => {
  it('finds the companies, jobs, trainings on either side of the relation, stories by job or company, articles newest first', () => {
    const links = sectorLinks('acier', CONTENT);
    expect(links.companies.map((c) => c.documentId)).toEqual(['acierie', 'mixte']);
    expect(links.jobs.map((j) => j.documentId)).toEqual(['fondeur']);
    expect(links.trainings.map((t) => t.documentId)).toEqual(['bts-fonderie', 'cap-soudure']);
    expect(links.stories.map((s) => s.documentId)).toEqual(['lea', 'sam']);
    expect(links.articles.map((a) => a.documentId)).toEqual(['recent', 'ancien']);
  });

  it('gives empty lists for a sector nothing points at', () => {
    expect(sectorLinks('recyclage', CONTENT)).toEqual({ companies: [], jobs: [], trainings: [], stories: [], articles: [] });
  });

  it('orders articles of the same day by title', () => {
    const same = [article('b', '2026-03-03', []), article('a', '2026-03-03', [])].sort(newestFirst);
    expect(same.map((a) => a.title)).toEqual(['a', 'b']);
  });
});
