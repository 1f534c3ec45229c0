// A small SMTP server on 127.0.0.1 for the tests of real SMTP sending: it speaks just enough of RFC 5321 for
// nodemailer (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps what it accepted, and answers RCPT TO for chosen
// addresses with a chosen reply, as a recipient's server does for a mailbox that does not exist (550) or is
// over quota for now (452).
import { createServer, type Socket } from 'node:net';

export interface AcceptedMail {
  from: string;
  to: string[];
  data: string;
}

export interface TestSmtpServer {
  port: number;
  accepted: AcceptedMail[];
  /** Address (lower case) → the reply its RCPT TO gets, e.g. '550 5.1.1 <x@y>: no such user'. */
  refuse: Map<string, string>;
  close(): Promise<void>;
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const accepted: AcceptedMail[] = [];
  const refuse = new Map<string, string>();
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let mail: AcceptedMail | null = null;
    let data: string | null = null;
    let buffer = '';
    reply('220 test.smtp ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          accepted.push({ ...mail!, data });
          mail = null;
          data = null;
          reply('250 2.0.0 queued');
          continue;
        }
        const lineEnd = buffer.indexOf('\r\n');
        if (lineEnd < 0) return;
        const line = buffer.slice(0, lineEnd);
        buffer = buffer.slice(lineEnd + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 test.smtp');
        else if (verb === 'MAIL') {
          mail = { from: /<([^>]*)>/.exec(line)?.[1] ?? '', to: [], data: '' };
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          const to = /<([^>]*)>/.exec(line)?.[1] ?? '';
          const refusal = refuse.get(to.toLowerCase());
          if (refusal) reply(refusal);
          else {
            mail?.to.push(to);
            reply('250 2.1.5 ok');
          }
        } else if (verb === 'DATA') {
          data = '';
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET') {
          mail = null;
          reply('250 2.0.0 ok');
        } else if (verb === 'NOOP') reply('250 2.0.0 ok');
        else if (verb === 'QUIT') {
          reply('221 2.0.0 bye');
          socket.end();
        } else reply('502 5.5.2 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    accepted,
    refuse,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
