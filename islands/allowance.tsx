import { Allowance } from '@/components/calculator/Allowance';
import { hydrateIsland } from './mount';

hydrateIsland('allowance', Allowance);
