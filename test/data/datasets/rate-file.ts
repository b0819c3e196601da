/**
 * A user's file of one national row whose `rate` is `value`. Files that differ in value are different files to the
 * store (the same content twice is refused as already loaded), whatever their names.
 */
export const rateFile = (name: string, value: number): File =>
  new File(
    [
      [
        'time_period,time_identifier,geographic_level,country_code,country_name,rate',
        `202324,Academic year,National,E92000001,England,${value}`,
      ].join('\n'),
    ],
    name,
  );
