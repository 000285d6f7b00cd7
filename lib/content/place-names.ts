/** The names a resident may type for our places: the search reads them, the content check too. */

/** “巴中市” → [巴中市, 巴中]: the names a resident may type for a city. */
export function cityAliases(name: string): string[] {
  const short = name.replace(/(市|州|县|地区)$/, '');
  return short.length >= 2 && short !== name ? [name, short] : [name];
}

/** “西藏自治区” → [西藏自治区, 西藏], “四川省” → [四川省, 四川]: the names a resident may type for a province. */
export function provinceAliases(province: string): string[] {
  const short = province.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/, '');
  return short.length >= 2 && short !== province ? [province, short] : [province];
}

/**
 * “巴州区” → [巴州区, 巴州], “通江县” → [通江县, 通江], “公主岭市” → [公主岭市, 公主岭]: the names a resident may
 * type for a district or county of one of our cities.
 */
export function districtAliases(name: string): string[] {
  const short = name.replace(/(区|县|市)$/, '');
  return short.length >= 2 && short !== name ? [name, short] : [name];
}
