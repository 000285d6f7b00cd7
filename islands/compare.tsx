import { Compare } from '@/components/calculator/Compare';
import { hydrateIsland } from './mount';

hydrateIsland('compare', Compare);
