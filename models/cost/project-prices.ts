import { DEFAULT_PRICES, type PriceTable } from '../schema/prices';
import type { Project } from '../types';

/** The prices a project's designs are costed with: its own table, or the illustrative defaults. */
export function projectPrices(project: Pick<Project, 'prices'>): PriceTable {
  return project.prices ?? DEFAULT_PRICES;
}
