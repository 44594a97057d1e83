import { mountPage } from '@/components/mount-page';
import './options.css';
import { App } from './App';

void mountPage(App);
