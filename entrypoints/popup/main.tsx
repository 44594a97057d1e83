import { mountPage } from '@/components/mount-page';
import '@/components/tabs.css';
import './popup.css';
import { App } from './App';
import { prefetchSubject } from './subject';

prefetchSubject();
mountPage(App);
