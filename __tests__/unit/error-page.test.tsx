import { fireEvent, render, screen } from '@testing-library/react'
import SegmentError from '@/app/error'
import GlobalError from '@/app/global-error'

describe('the error pages (app/error.tsx, app/global-error.tsx)', () => {
  const failure = Object.assign(new Error('connect ECONNREFUSED; Authorization: Bearer sk-secret-token'), { digest: '1234567890' })

  it('show a heading, the site header, a way back to the hub and a retry, but never the error itself', () => {
    const retry = jest.fn()
    const { container } = render(<SegmentError error={failure} retry={retry} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Something went wrong')
    expect(screen.getByRole('banner')).toHaveTextContent('Windows 12 Guide')
    expect(screen.getByRole('link', { name: /home page/ })).toHaveAttribute('href', '/')
    expect(screen.getByRole('contentinfo')).toBeInTheDocument()
    expect(screen.getByText('Reference: 1234567890')).toBeInTheDocument()
    expect(container.textContent).not.toMatch(/ECONNREFUSED|Bearer|sk-secret-token|at \w+ \(/)
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(retry).toHaveBeenCalledTimes(1)
  })

  it('renders the same page when the root layout itself failed', () => {
    // global-error brings its own <html> and <body>; render its body's content.
    const markup = GlobalError({ error: failure, retry: () => undefined })
    const body = (markup.props as { children: React.ReactElement<{ children: React.ReactNode }> }).children
    render(<>{body.props.children}</>)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Something went wrong')
    expect(screen.getByRole('link', { name: /home page/ })).toHaveAttribute('href', '/')
    expect(document.body.textContent).not.toContain('sk-secret-token')
  })
})
