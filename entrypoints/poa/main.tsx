import { mountPage } from '@/components/mount-page';
import './poa.css';
import { PoaApp } from './PoaApp';

void mountPage(PoaApp);
