/** Every storage key and entity name the app uses, in one place. */
export const KEYS = {
  currentCampaign: 'settings:current-campaign',
  model: (id: string, version: number) => `model:${id}:v${version}`,
} as const;

export const ENTITIES = {
  campaign: 'campaign',
  response: 'response',
} as const;
