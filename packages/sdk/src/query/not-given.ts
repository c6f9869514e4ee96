/**
 * The facet value (and table cell key) for a fact the data does not give, e.g. an insats without
 * `financing`. Views show it as "Ej angiven" / "Not given", never as a default value.
 */
export const NOT_GIVEN = 'notGiven';
