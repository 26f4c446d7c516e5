export const MAX_PER_PAGE = 200;

/** Turns 1-based page/perPage arguments into a safe offset and limit. */
export function pageWindow(
  page?: number | null,
  perPage?: number | null,
  defaultPerPage = 25,
): { skip: number; take: number } {
  const take = Math.min(Math.max(Math.floor(perPage ?? defaultPerPage) || 1, 1), MAX_PER_PAGE);
  const current = Math.max(Math.floor(page ?? 1) || 1, 1);
  return { skip: (current - 1) * take, take };
}
