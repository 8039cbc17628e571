import { Fragment } from 'preact';
import { i18n } from '#i18n';

/**
 * "How to clip" in three illustrated steps: select and press Clip, check the
 * form, see the matrix. The pictures are drawn with plain elements and a CSS
 * animation that plays the steps in turn (still when the reader prefers
 * reduced motion); they are decorative, the step texts carry the meaning.
 */
export function ClipWalkthrough() {
  return (
    <ol class="walkthrough">
      <li>
        <div class="wt-pic wt-page" aria-hidden="true">
          <div class="wt-bar" />
          <div class="wt-line" />
          <div class="wt-line wt-selected">
            <span class="wt-clip">{i18n.t('clipButton')}</span>
          </div>
          <div class="wt-line short" />
        </div>
        <p>{i18n.t('welcomeStep1')}</p>
      </li>
      <li>
        <div class="wt-pic wt-form" aria-hidden="true">
          <strong>{i18n.t('formTitle')}</strong>
          <span class="wt-field">
            {i18n.t('fieldStage')}{i18n.t('labelColon')}<b>FMOT</b>
          </span>
          <span class="wt-field">
            {i18n.t('fieldBrand')}{i18n.t('labelColon')}<b>Acme</b>
          </span>
          <span class="wt-save">{i18n.t('save')}</span>
        </div>
        <p>{i18n.t('welcomeStep2')}</p>
      </li>
      <li>
        <div class="wt-pic wt-matrix" aria-hidden="true">
          {['', 'ZMOT', 'FMOT', 'AMOT'].map((h) => (
            <span key={`h${h}`} class="wt-head">{h}</span>
          ))}
          {['Acme', 'Globex'].map((brand, r) => (
            <Fragment key={brand}>
              <span class="wt-head">{brand}</span>
              {[2, r ? 0 : 1, 3 - r].map((n, c) => (
                <span key={c} class={`wt-cell${n ? '' : ' gap'}${r === 0 && c === 1 ? ' wt-new' : ''}`} style={{ '--n': n }}>
                  {r === 0 && c === 1 ? <span class="wt-count" /> : n}
                </span>
              ))}
            </Fragment>
          ))}
        </div>
        <p>{i18n.t('welcomeStep3')}</p>
      </li>
    </ol>
  );
}
