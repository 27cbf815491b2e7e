// While an extraction job is queued or running, ask for its status now and then and update the status
// tag in place. When it ends, say so in the page's live region with a link to see the result: the page
// never reloads or moves focus by itself (WCAG 2.2.1, 3.2.5). Without this script the page has a Refresh
// link. Text only (textContent), never markup: the error sentence comes from the document's reader.
const FIRST_DELAY_MS = 2000
const MAX_DELAY_MS = 15000

function announce (live, job) {
  const paragraph = document.createElement('p')
  paragraph.className = 'govuk-body'
  paragraph.textContent = job.status === 'failed'
    ? 'The extraction failed: ' + job.error + ' '
    : 'The extraction has finished. '
  const link = document.createElement('a')
  link.className = 'govuk-link'
  link.href = window.location.href
  link.textContent = job.status === 'failed' ? 'See what you can do next' : 'See the result'
  paragraph.append(link)
  live.replaceChildren(paragraph)
}

function watch (container) {
  const url = container.dataset.jobStatusUrl
  const tag = container.querySelector('[data-job-status-tag]')
  const live = document.getElementById(container.dataset.jobStatusLive)
  let delay = FIRST_DELAY_MS

  async function poll () {
    if (!document.hidden) {
      try {
        const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' })
        if (response.ok) {
          const job = await response.json()
          tag.textContent = job.label
          tag.className = 'govuk-tag ' + job.tag
          if (!job.active) {
            if (live) announce(live, job)
            return
          }
        }
      } catch (error) {
        // Offline or the server is restarting: keep asking, less often.
      }
    }
    delay = Math.min(Math.round(delay * 1.5), MAX_DELAY_MS)
    window.setTimeout(poll, delay)
  }

  window.setTimeout(poll, delay)
}

document.querySelectorAll('[data-job-status-url]').forEach(watch)
