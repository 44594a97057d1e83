import { mountPage } from '@/components/mount-page';
import './options.css';
import { App } from './App';

mountPage(App);
