/** A few lines set the way articles will be: every setting can be judged before reading. */
export function SettingsPreview() {
  return (
    <section class="lectern-panel lectern-settings-preview" aria-labelledby="lectern-preview-title">
      <h2 id="lectern-preview-title">Preview</h2>
      <div class="lectern-article">
        <p class="lectern-site">The Example Review</p>
        <p class="lectern-preview-title">A quiet place to read</p>
        <div class="lectern-body">
          <p>
            Good typography disappears. The reader notices the story, not the letters: a comfortable line
            length, enough space between lines, and colours that stay easy on the eyes at night. Change a
            setting and this paragraph follows, <a href="#lectern-preview-title">as every article will</a>.
          </p>
          <blockquote>
            <p>Read more, skim less.</p>
          </blockquote>
          <p class="lectern-meta">
            Code looks like <code>wait_for(condition)</code> in every font.
          </p>
        </div>
      </div>
    </section>
  );
}
