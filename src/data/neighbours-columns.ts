/** The statistical neighbours file the data build writes and the app reads: its name and columns, in one place. */
export const NEIGHBOURS_FILE = 'statistical_neighbours.csv';

export const NEIGHBOUR_COLUMNS = [
  'old_la_code',
  'new_la_code',
  'la_name',
  'neighbour_order',
  'neighbour_old_la_code',
  'neighbour_new_la_code',
  'neighbour_la_name',
  'closeness',
] as const;
