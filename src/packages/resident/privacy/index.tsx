import { Text, View } from '@tarojs/components';
import { privacyGuide, type GuideSection } from '@domain/privacy/guide';
import { Screen } from '../../../components/Screen';
import './index.scss';

/**
 * 隐私保护指引, drawn from the privacy registry (the same words as docs/privacy-guide.md, which goes
 * into the WeChat console). Open to everyone, signed in or not: people read it before agreeing.
 * In weapp the privacy sheet opens WeChat's own page of the guide instead.
 */
export default function PrivacyGuidePage() {
  return (
    <Screen className="privacy-guide">
      <View id="privacy-guide-page">
        <View className="privacy-guide__title">民情通 隐私保护指引</View>
        {privacyGuide().map((section) => (
          <Section key={section.title} section={section} />
        ))}
      </View>
    </Screen>
  );
}

function Section({ section }: { section: GuideSection }) {
  return (
    <View className="privacy-guide__section">
      <View className="privacy-guide__heading">{section.title}</View>
      {section.paragraphs.map((paragraph) => (
        <View key={paragraph} className="privacy-guide__paragraph">
          {paragraph}
        </View>
      ))}
      {section.entries.map((entry) => (
        <View key={entry.key} className="privacy-guide__entry" id={`privacy-datum-${entry.key}`}>
          <View className="privacy-guide__entry-title">{entry.title}</View>
          {entry.lines.map((line) => (
            <View key={line.label} className="privacy-guide__line">
              <Text className="privacy-guide__label">{line.label}</Text>
              <Text className="privacy-guide__text">{line.text}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
