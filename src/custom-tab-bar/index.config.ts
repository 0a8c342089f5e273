// WeChat loads the custom tab bar as a component: its json must say so.
export default { component: true };
