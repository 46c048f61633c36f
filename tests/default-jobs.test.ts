import {describe, expect, it} from 'vitest'
import {idleCores} from '../src/cli/scheduler.js'

describe('the default --jobs: the cores other processes do not keep busy', () => {
  const cases = [
    {cores: 2, load: 0, jobs: 2},
    {cores: 2, load: 0.95, jobs: 2},
    {cores: 2, load: 1, jobs: 1},
    {cores: 2, load: 1.7, jobs: 1},
    {cores: 2, load: 12.4, jobs: 1},
    {cores: 8, load: 3.2, jobs: 5},
    {cores: 1, load: 0, jobs: 1},
    // What a system without a load average reports, and what no system should.
    {cores: 4, load: 0, jobs: 4},
    {cores: 4, load: Number.NaN, jobs: 4},
    {cores: 4, load: -1, jobs: 4}
  ]
  for (const {cores, load, jobs} of cases) {
    it(`${cores} cores at load ${load}: ${jobs}`, () => {
      expect(idleCores(cores, load)).toBe(jobs)
    })
  }
})
