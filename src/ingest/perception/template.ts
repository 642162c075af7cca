// The survey template the app offers for download: apart from the reader, which loads on first use.
/** The columns of the perception template (README and the app's "Download template"). */
export const PERCEPTION_TEMPLATE_COLUMNS = [
  'location_lat',
  'location_lon',
  'easting',
  'northing',
  'ward',
  'feels_unsafe',
  'age_band',
  'time_of_day',
  'reason',
  'comment',
  'date',
] as const;

export const PERCEPTION_TEMPLATE = `${PERCEPTION_TEMPLATE_COLUMNS.join(',')}
51.389,1.3817,,,,yes,16-17,night,poor lighting,"Example: the alley behind the station is dark",2019-06-14
,,635376,170836,,no,18-24,14:30,,"Example located by British National Grid",2019-06-15
,,,,Cliftonville West,yes,under 16,day,groups hanging around,"Example located by ward only",2019-06-16
`;
