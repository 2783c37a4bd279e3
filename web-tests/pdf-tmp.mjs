import { chromium } from '@playwright/test';
import { spawn } from 'child_process';
import fs from 'fs';
import { fillSession, pdfPageCount } from './tests/helpers.js';
const srv = spawn('python3', ['-m','http.server','8141','--bind','127.0.0.1','--directory','/work/main/target/dist-e2e'], {stdio:'ignore'});
await new Promise(r=>setTimeout(r,800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args:['--disable-gpu'] });
const page = await browser.newPage({ baseURL: 'http://127.0.0.1:8141/' });
await page.goto('./#/');
await page.waitForSelector('#main-heading');
await fillSession(page);
for (const format of ['A4', 'Letter']) {
  const pdf = await page.pdf({ format });
  fs.writeFileSync(`/tmp/explore/summary-${format}.pdf`, pdf);
  console.log(format, pdfPageCount(pdf), pdf.length);
}
console.log(await page.locator('main').ariaSnapshot());
await browser.close(); srv.kill();
