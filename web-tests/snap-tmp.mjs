import { chromium } from '@playwright/test';
import { spawn } from 'child_process';
const srv = spawn('python3', ['-m','http.server','8141','--bind','127.0.0.1','--directory','/work/main/target/dist-e2e'], {stdio:'ignore'});
await new Promise(r=>setTimeout(r,800));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args:['--disable-gpu'] });
const page = await browser.newPage();
const routes = process.argv.slice(2);
for (const r of routes) {
  await page.goto('http://127.0.0.1:8141/' + r);
  await page.waitForSelector('#main-heading');
  console.log('=====', r);
  console.log(await page.locator(process.env.SEL||'body').ariaSnapshot());
}
await browser.close(); srv.kill();
