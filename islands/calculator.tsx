import { Calculator } from '@/components/calculator/Calculator';
import { hydrateIsland } from './mount';

hydrateIsland('calculator', Calculator);
