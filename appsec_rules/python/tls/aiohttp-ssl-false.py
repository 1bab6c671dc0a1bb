import ssl

import aiohttp


async def fetch(url):
    # ruleid: python.tls.verification.aiohttp-ssl-false
    connector = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as resp:
            return await resp.text()


async def post_event(url, event):
    async with aiohttp.ClientSession() as session:
        # ruleid: python.tls.verification.aiohttp-ssl-false
        async with session.post(url, json=event, ssl=False) as resp:
            return resp.status


async def legacy(url):
    # ruleid: python.tls.verification.aiohttp-ssl-false
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(verify_ssl=False)) as session:
        async with session.get(url) as resp:
            return resp.status


# ---- safe look-alikes ----------------------------------------------------------

async def fetch_safe(url):
    # ok: python.tls.verification.aiohttp-ssl-false
    connector = aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem"))
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as resp:
            return await resp.text()


async def post_event_safe(url, event):
    async with aiohttp.ClientSession() as session:
        # ok: python.tls.verification.aiohttp-ssl-false
        async with session.post(url, json=event) as resp:
            return resp.status


def redis_plain(redis):
    # ok: python.tls.verification.aiohttp-ssl-false
    return redis.Redis(host="localhost", ssl=False)
