// Words a rendered merge field often follows (prepositions, articles, possessives), so that a
// blank field leaves them standing before punctuation ("at ,") or before a double space
// ("the  team"). English; lower case.

export const BLANK_FIELD_BEFORE_PUNCTUATION: readonly string[] = [
  'at', 'for', 'with', 'from', 'to', 'of', 'in', 'on', 'about', 'by', 'like', 'as', 'into', 'regarding', 'including',
  'and', 'the', 'a', 'an', 'your', 'our', 'my', 'their', 'dear',
];

export const BLANK_FIELD_BEFORE_WORD: readonly string[] = ['the', 'a', 'an', 'your', 'our', 'their', 'at', 'for', 'with', 'from', 'of', 'in', 'on', 'about'];
